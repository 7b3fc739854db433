import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { ImportRequest } from '../import-report.js';

/**
 * The bytes of an import's file, hashed (SHA-256) as the parser reads them, so the file is read once.
 * A parser that stops early (a refused file) leaves the rest unread: `sha256()` reads it to the end, as
 * even a refused import records which file it was.
 */
export class HashedSource {
  private readonly hash = createHash('sha256');
  private readonly input: AsyncIterator<Uint8Array>;
  private ended = false;

  constructor(source: ImportRequest['source']) {
    const stream = typeof source === 'string' ? createReadStream(source) : source;
    this.input = stream[Symbol.asyncIterator]();
  }

  /** The bytes for the parser; iterate once. Stopping early does not close the file (see close()). */
  async *bytes(): AsyncGenerator<Uint8Array> {
    for (let chunk = await this.next(); chunk !== undefined; chunk = await this.next()) yield chunk;
  }

  /** The hex SHA-256 of the whole file, reading what the parser left. */
  async sha256(): Promise<string> {
    while ((await this.next()) !== undefined);
    return this.hash.copy().digest('hex');
  }

  /** Releases the file if it was not read to the end. */
  async close(): Promise<void> {
    if (!this.ended) await this.input.return?.();
    this.ended = true;
  }

  private async next(): Promise<Uint8Array | undefined> {
    if (this.ended) return undefined;
    const next = await this.input.next();
    if (next.done === true) {
      this.ended = true;
      return undefined;
    }
    this.hash.update(next.value);
    return next.value;
  }
}
