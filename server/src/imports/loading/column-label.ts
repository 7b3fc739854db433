import type { ColumnRef } from '../parsing/index.js';

/** What the report calls a profile's column: its header name, or `column 3` in a headerless file. */
export function columnLabel(ref: ColumnRef): string {
  return typeof ref === 'number' ? `column ${ref}` : ref;
}
