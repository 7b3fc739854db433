import { parse } from 'csv-parse';
import { pipeline, Readable } from 'node:stream';
import { decodeText } from './decode-text.js';
import { ImportFileError } from './errors.js';
import type { TableFormat } from './profile-types.js';
import { sniffFromText, type Delimiter } from './sniff-delimiter.js';
import { streamBatches } from './stream-batches.js';
import type { DetectedFormat, TableRow } from './types.js';

// A record this long is an unclosed quote swallowing the rest of the file, not data.
const MAX_RECORD_CHARS = 1024 * 1024;

/**
 * Rows of a CSV file in batches, streamed: decoded, delimiter sniffed if asked, parsed by csv-parse.
 * Every physical line gives a row (blank ones as `['']`), so a row's line is the line where it starts.
 */
export async function* readCsvRows(
  bytes: AsyncIterable<Buffer>,
  format: TableFormat,
  fileName: string,
  detected: DetectedFormat,
): AsyncGenerator<TableRow[]> {
  const decoded = decodeText(bytes, format.encoding, fileName, (encoding) => (detected.encoding = encoding));
  const { delimiter, texts } = await resolveDelimiter(decoded, format);
  detected.delimiter = delimiter;
  const parser = parse({
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_CHARS,
  });
  pipeline(Readable.from(texts), parser, () => {
    // Errors reach the consumer through the parser's iterator.
  });
  let line = 1;
  try {
    for await (const records of streamBatches<string[]>(parser)) {
      const rows = records.map((cells) => {
        const row = { line, cells };
        // csv-parse's own line count is off after a quoted CRLF, so lines are counted here.
        line += 1 + embeddedLineBreaks(cells);
        return row;
      });
      yield rows;
    }
  } catch (error) {
    throw asFileError(error, fileName, line);
  }
}

async function resolveDelimiter(
  texts: AsyncIterable<string>,
  format: TableFormat,
): Promise<{ delimiter: Delimiter; texts: AsyncIterable<string> }> {
  if (format.delimiter !== 'auto') return { delimiter: format.delimiter, texts };
  return sniffFromText(texts);
}

function embeddedLineBreaks(cells: string[]): number {
  let count = 0;
  for (const cell of cells) {
    if (cell.includes('\n') || cell.includes('\r')) count += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
  }
  return count;
}

function asFileError(error: unknown, fileName: string, line: number): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof ImportFileError || typeof code !== 'string' || !code.startsWith('CSV_')) return error;
  return new ImportFileError({
    fileName,
    code: 'MALFORMED_CSV',
    line,
    message:
      `The file "${fileName}" cannot be read as CSV from line ${line} on` +
      (code === 'CSV_QUOTE_NOT_CLOSED' || code === 'CSV_MAX_RECORD_SIZE'
        ? ': a quoted field starts there and is never closed.'
        : ` (${code}).`),
  });
}
