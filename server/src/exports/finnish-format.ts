// How Finnish Excel reads numbers and dates in a CSV file: decimal comma, no thousands separator
// (a space would turn the cell into text), day.month.year dates.

const DECIMAL = /^-?\d+(\.\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "1234.5" → "1234,5"; the digits are kept exactly as given (no rounding, no float). */
export function finnishDecimal(value: string): string {
  if (!DECIMAL.test(value)) throw new TypeError(`Not a decimal string: ${JSON.stringify(value)}`);
  return value.replace('.', ',');
}

/** "2025-01-01" → "1.1.2025". */
export function finnishDate(value: string): string {
  const match = ISO_DATE.exec(value);
  if (!match) throw new TypeError(`Not an ISO date: ${JSON.stringify(value)}`);
  return `${Number(match[3])}.${Number(match[2])}.${match[1]}`;
}

/**
 * A decimal string as a JavaScript number, for a numeric spreadsheet cell only (exceljs stores numbers
 * as IEEE doubles, as Excel itself does). Amounts of at most 15 significant digits, i.e. every
 * numeric(14,2) value, round-trip exactly to the cent; nothing is computed with the result.
 */
export function spreadsheetNumber(value: string): number {
  if (!DECIMAL.test(value)) throw new TypeError(`Not a decimal string: ${JSON.stringify(value)}`);
  return Number(value);
}

/**
 * Excel's serial day number of a date (days since 30.12.1899; 1.1.2025 is 45658), computed from the
 * calendar date alone, so no server time zone can shift it.
 */
export function excelDateSerial(value: string): number {
  const match = ISO_DATE.exec(value);
  if (!match) throw new TypeError(`Not an ISO date: ${JSON.stringify(value)}`);
  const days = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
  return days + EXCEL_EPOCH_OFFSET;
}

/** Days from Excel's day 0 (30.12.1899) to 1.1.1970. */
const EXCEL_EPOCH_OFFSET = 25569;
