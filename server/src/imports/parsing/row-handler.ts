import { positionLabel, resolveColumns, type ColumnLayout, type ColumnSpec } from './columns.js';
import { ImportFileError } from './errors.js';
import type { TableFormat } from './profile-types.js';
import { refuseHetu } from './refuse-hetu.js';
import { RowFields, RowRejected } from './row-fields.js';
import type { DetectedFormat, ParseEvent, ParseSummary, Rejection, TableRow } from './types.js';

export interface TableMapping<T> {
  columns: readonly ColumnSpec[];
  /** Checks made before the file is read (settings the import needs). */
  prepare?: () => void;
  /** One row's records; throws RowRejected to reject the row. */
  mapRow: (fields: RowFields) => T[];
  /** Fields whose values must never appear in a rejection reason. */
  sensitiveFields?: readonly string[];
}

/**
 * Turns the rows of one file into events, keeping the counts: blank rows are skipped (not counted as
 * read), every row is scanned for personal identity codes, the first row resolves the columns.
 */
export class RowHandler<T> {
  private layout?: ColumnLayout;

  constructor(
    private readonly mapping: TableMapping<T>,
    private readonly format: TableFormat,
    private readonly counts: ParseSummary,
  ) {}

  /** The events of one row: none for a blank row or the header. */
  handle(row: TableRow): ParseEvent<T>[] {
    if (isBlank(row)) {
      this.counts.blankRowsSkipped++;
      return [];
    }
    const layout = this.layout;
    refuseHetu(row, this.counts.fileName, layout ? (index) => layout.labelAt(index) : positionLabel);
    return layout ? this.dataRow(row, layout) : this.firstRow(row);
  }

  /** Call after the last row. */
  finish(): void {
    if (!this.layout) throw emptyFile(this.counts.fileName, this.format.header);
  }

  private firstRow(row: TableRow): ParseEvent<T>[] {
    const { header } = this.format;
    this.layout = resolveColumns(this.mapping.columns, header ? row : null, this.counts.fileName);
    return header ? [] : this.dataRow(row, this.layout);
  }

  private dataRow(row: TableRow, layout: ColumnLayout): ParseEvent<T>[] {
    const counts = this.counts;
    counts.rowsRead++;
    const outcome = mapRow(row, layout, this.mapping, counts.detected.fileType);
    if ('rejection' in outcome) {
      counts.rowsRejected++;
      return [{ kind: 'rejection', rejection: outcome.rejection }];
    }
    counts.rowsAccepted++;
    counts.recordsEmitted += outcome.records.length;
    return outcome.records.map((record) => ({ kind: 'record', record }));
  }
}

function mapRow<T>(
  row: TableRow,
  layout: ColumnLayout,
  mapping: TableMapping<T>,
  fileType: DetectedFormat['fileType'],
): { records: T[] } | { rejection: Rejection } {
  const shapeProblem = checkShape(row, layout, fileType);
  if (shapeProblem) return { rejection: shapeProblem };
  try {
    return { records: mapping.mapRow(new RowFields(row, layout, mapping.sensitiveFields)) };
  } catch (error) {
    if (!(error instanceof RowRejected)) throw error;
    return { rejection: { line: row.line, column: error.column, reason: error.reason } };
  }
}

/**
 * A CSV row with too few cells, or any row with values beyond the header, is misaligned: reject it
 * whole. An XLSX row just omits its empty trailing cells.
 */
function checkShape(
  row: TableRow,
  layout: ColumnLayout,
  fileType: DetectedFormat['fileType'],
): Rejection | undefined {
  const { width } = layout;
  const count = row.cells.length;
  if (count < width && fileType === 'csv') {
    const column = layout.labelAt(count);
    const reason = `${column}: missing, the row has only ${count} of ${width} columns`;
    return { line: row.line, column, reason };
  }
  const extra = layout.hasHeader ? row.cells.findIndex((cell, i) => i >= width && cell.trim() !== '') : -1;
  if (extra === -1) return undefined;
  const reason =
    `the row has values in ${count} columns but the header has ${width} ` +
    '(does a value contain the delimiter without quotes?)';
  return { line: row.line, column: layout.labelAt(extra), reason };
}

function isBlank(row: TableRow): boolean {
  return row.cells.every((cell) => cell.trim() === '');
}

function emptyFile(fileName: string, header: boolean): ImportFileError {
  return new ImportFileError({
    fileName,
    code: 'EMPTY_FILE',
    message: header
      ? `The file "${fileName}" is empty: not even a header row was found.`
      : `The file "${fileName}" has no rows.`,
  });
}
