// Values to PostgreSQL's text representation, and rows to COPY's text format, for bulk-load.ts.
import { Decimal } from 'decimal.js';

/** The value as PostgreSQL would print it, or null for SQL NULL. */
export function pgText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (value instanceof Decimal) return decimalText(value);
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return `\\x${Buffer.from(value).toString('hex')}`;
  if (Array.isArray(value)) return arrayLiteral(value);
  if (typeof value === 'object') return JSON.stringify(value);
  throw new TypeError(`Cannot bulk-load a ${typeof value}`);
}

/** One line of COPY's text format: tab-separated, \N for NULL, backslash escapes. */
export function copyLine(row: readonly unknown[]): string {
  // A plain loop: this runs once per imported row, and map/join costs a third more.
  let line = copyField(pgText(row[0]));
  for (let i = 1; i < row.length; i++) line += `\t${copyField(pgText(row[i]))}`;
  return `${line}\n`;
}

const NEEDS_ESCAPE = /[\\\t\n\r]/;

function copyField(text: string | null): string {
  if (text === null) return '\\N';
  return NEEDS_ESCAPE.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]) : text;
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function decimalText(value: Decimal): string {
  if (!value.isFinite()) throw new RangeError(`Cannot bulk-load ${value.toString()}`);
  return value.toFixed(); // Decimal#toFixed(): exact, never exponent notation
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot bulk-load ${value}`);
  return String(value);
}

function arrayLiteral(values: readonly unknown[]): string {
  const elements = values.map((element) => {
    const text = pgText(element);
    if (text === null) return 'NULL';
    return Array.isArray(element) ? text : `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  });
  return `{${elements.join(',')}}`;
}
