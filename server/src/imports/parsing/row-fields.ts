import type { ColumnLayout, ResolvedColumn } from './columns.js';
import type { TableRow } from './types.js';
import { quoteValue, type ParseOutcome } from './values.js';

/** Thrown while mapping a row: the row is rejected with this column and reason. */
export class RowRejected extends Error {
  constructor(
    readonly column: string | undefined,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** The cells of one row, read by field name; a problem rejects the row with the column's name. */
export class RowFields {
  /** `sensitive` fields (the client reference) are never quoted in a reason, even from another column. */
  constructor(
    private readonly row: TableRow,
    private readonly layout: ColumnLayout,
    private readonly sensitive: readonly string[] = [],
  ) {}

  get line(): number {
    return this.row.line;
  }

  /** Whether the file has the field's column. */
  has(field: string): boolean {
    return this.layout.get(field) !== undefined;
  }

  /** Trimmed text, or undefined when the column is absent or the cell empty. */
  optional(field: string): string | undefined {
    const column = this.layout.get(field);
    const text = column ? (this.row.cells[column.index] ?? '').trim() : '';
    return text === '' ? undefined : text;
  }

  required(field: string): string {
    const text = this.optional(field);
    if (text === undefined) throw this.rejection(field, 'value is missing');
    return text;
  }

  parse<T>(field: string, parser: (text: string) => ParseOutcome<T>): T {
    const outcome = parser(this.required(field));
    if (!outcome.ok) throw this.rejection(field, outcome.reason);
    return outcome.value;
  }

  parseOptional<T>(field: string, parser: (text: string) => ParseOutcome<T>): T | undefined {
    return this.optional(field) === undefined ? undefined : this.parse(field, parser);
  }

  /** The first capture group of `pattern` in the field's text (the pattern comes from the profile). */
  extract(field: string, text: string, pattern: RegExp | undefined): string {
    if (!pattern) return text;
    const kept = pattern.exec(text)?.[1]?.trim();
    if (!kept) throw this.rejection(field, `${quoteValue(text)} is not in the expected form`);
    return kept;
  }

  rejection(field: string, reason: string): RowRejected {
    const label = this.column(field).label;
    return new RowRejected(label, `${label}: ${this.redact(reason)}`);
  }

  // A misaligned row can put a client reference into a column whose reason quotes its value.
  private redact(reason: string): string {
    return this.sensitive.reduce((text, field) => {
      const value = this.optional(field);
      return value && value.length >= 4 ? text.replaceAll(value, '(client reference)') : text;
    }, reason);
  }

  private column(field: string): ResolvedColumn {
    const column = this.layout.get(field);
    if (!column) throw new Error(`Field ${field} has no column in this file`);
    return column;
  }
}
