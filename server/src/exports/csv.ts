import { totalsRow, type CellValue, type ExportColumn, type ExportTable } from './export-table.js';
import { finnishDate, finnishDecimal } from './finnish-format.js';

// CSV as Finnish Excel opens it with a double click: UTF-8 with a byte order mark (without it Excel
// guesses Windows-1252 and breaks "ä"), semicolons, decimal commas, CRLF line ends.

const BOM = '\uFEFF';
const SEPARATOR = ';';
const LINE_END = '\r\n';
const NEEDS_QUOTES = /[";\r\n]|^\s|\s$/;
/** A cell starting like a formula would be run by Excel (CSV injection): it is shown as text instead. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted when it holds a separator, a quote, a line break or edge spaces. */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A value of a typed column as Finnish Excel reads it. */
export function csvValue(value: CellValue, column: ExportColumn): string {
  if (value === null) return '';
  switch (column.type) {
    case 'text':
      return csvField(FORMULA_START.test(String(value)) ? `'${String(value)}` : String(value));
    case 'date':
      return finnishDate(String(value));
    case 'integer':
      return String(value);
    default:
      return finnishDecimal(String(value));
  }
}

export function csvLines(table: ExportTable): string[] {
  const header = table.columns.map((c) => csvField(c.label)).join(SEPARATOR);
  const totals = totalsRow(table);
  const rows = totals ? [...table.rows, totals] : table.rows;
  const body = rows.map((row) => table.columns.map((c) => csvValue(row[c.key] ?? null, c)).join(SEPARATOR));
  return [header, ...body];
}

/** The whole file: BOM, header, rows (and totals), each line ended by CRLF. */
export function toCsv(table: ExportTable): Buffer {
  return Buffer.from(BOM + csvLines(table).join(LINE_END) + LINE_END, 'utf8');
}
