import type { ParseEvent, ParseRun, ParseSummary } from './types.js';

/** A single-use event stream whose summary becomes readable once the stream has been read to the end. */
export class SingleParseRun<T> implements ParseRun<T> {
  private started = false;
  private finished = false;

  /** `events` calls its argument after its last event. */
  constructor(
    private readonly events: (onFinished: () => void) => AsyncGenerator<ParseEvent<T>>,
    private readonly counts: ParseSummary,
  ) {}

  [Symbol.asyncIterator](): AsyncGenerator<ParseEvent<T>> {
    if (this.started) throw new Error('A parse run can be iterated only once');
    this.started = true;
    return this.events(() => (this.finished = true));
  }

  summary(): ParseSummary {
    if (!this.finished) throw new Error('The summary is available once every event has been read');
    return { ...this.counts, detected: { ...this.counts.detected } };
  }
}
