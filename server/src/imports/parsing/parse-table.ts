import { basename } from 'node:path';
import type { ImportSource } from './byte-source.js';
import { SingleParseRun } from './parse-run.js';
import type { TableFormat } from './profile-types.js';
import { readTableBatches } from './read-table.js';
import { RowHandler, type TableMapping } from './row-handler.js';
import type { ParseEvent, ParseRun, ParseSummary } from './types.js';

export type { TableMapping } from './row-handler.js';

/** The shared import loop of every record kind: a file and a mapping in, a single-use event stream out. */
export function parseTable<T>(
  source: ImportSource,
  format: TableFormat,
  fileName: string,
  mapping: TableMapping<T>,
): ParseRun<T> {
  const counts: ParseSummary = {
    fileName,
    detected: { fileType: 'csv' },
    rowsRead: 0,
    rowsAccepted: 0,
    rowsRejected: 0,
    recordsEmitted: 0,
    blankRowsSkipped: 0,
  };
  return new SingleParseRun((onFinished) => events(source, format, mapping, counts, onFinished), counts);
}

/** The name used in messages: the caller's, or the path's last part. */
export function displayName(source: ImportSource, fileName: string | undefined): string {
  return fileName ?? (typeof source === 'string' ? basename(source) : 'upload');
}

async function* events<T>(
  source: ImportSource,
  format: TableFormat,
  mapping: TableMapping<T>,
  counts: ParseSummary,
  onFinished: () => void,
): AsyncGenerator<ParseEvent<T>> {
  mapping.prepare?.();
  const handler = new RowHandler(mapping, format, counts);
  for await (const rows of readTableBatches(source, format, counts.fileName, counts.detected)) {
    for (const row of rows) for (const event of handler.handle(row)) yield event;
  }
  handler.finish();
  onFinished();
}
