export type Delimiter = ';' | ',' | '\t';

// Ties go to the earlier one: `4100;1200,50` is semicolon-separated with a decimal comma.
const BY_PRIORITY: Delimiter[] = [';', '\t', ','];
const MAX_FIRST_LINE = 1024 * 1024;

/** The delimiter occurring most often in the first line, outside quotes (`;` if none occurs). */
export function sniffDelimiter(firstLine: string): Delimiter {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  const count = (delimiter: Delimiter): number => counts.get(delimiter) ?? 0;
  return BY_PRIORITY.reduce((best, candidate) => (count(candidate) > count(best) ? candidate : best));
}

/**
 * Reads text until the first line is complete, sniffs the delimiter from it, and gives back the
 * whole text again (nothing is consumed).
 */
export async function sniffFromText(
  texts: AsyncIterable<string>,
): Promise<{ delimiter: Delimiter; texts: AsyncIterable<string> }> {
  const iterator = texts[Symbol.asyncIterator]();
  let buffered = '';
  let done = false;
  while (!done && firstLineEnd(buffered) === -1 && buffered.length < MAX_FIRST_LINE) {
    const next = await iterator.next();
    done = next.done === true;
    if (next.done !== true) buffered += next.value;
  }
  const end = firstLineEnd(buffered);
  const delimiter = sniffDelimiter(end === -1 ? buffered : buffered.slice(0, end));
  return { delimiter, texts: replayText(buffered, iterator, done) };
}

async function* replayText(
  first: string,
  rest: AsyncIterator<string>,
  done: boolean,
): AsyncGenerator<string> {
  try {
    if (first !== '') yield first;
    if (done) return;
    for (let next = await rest.next(); next.done !== true; next = await rest.next()) yield next.value;
  } finally {
    await rest.return?.();
  }
}

function firstLineEnd(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) return i;
  }
  return -1;
}
