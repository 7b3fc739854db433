import { Decimal } from 'decimal.js';
import type { CellValue } from 'exceljs';
import { canonicalDecimal } from './values.js';
import type { DecimalSeparator } from './profile-types.js';

// Excel shows and computes with 15 significant digits; the 17 it stores carry binary noise.
const EXCEL_PRECISION = 15;

/**
 * A cell as the text a CSV export of the sheet would hold: numbers in plain decimal notation with the
 * profile's decimal separator, dates as ISO `yyyy-mm-dd` (a date-time as `yyyy-mm-ddTHH:MM:SS`).
 */
export function cellText(value: CellValue, decimalSeparator: DecimalSeparator): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, decimalSeparator);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null, decimalSeparator);
  if ('error' in value) return value.error;
  if ('hyperlink' in value) return value.text;
  return '';
}

function numberText(value: number, decimalSeparator: DecimalSeparator): string {
  if (!Number.isFinite(value)) return '';
  const text = canonicalDecimal(new Decimal(value).toSignificantDigits(EXCEL_PRECISION));
  return decimalSeparator === '.' ? text : text.replace('.', decimalSeparator);
}

/**
 * exceljs turns a date serial into the instant at that wall-clock time in UTC, so the UTC fields are
 * the calendar date as entered, whatever the process's time zone.
 */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const day = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  const [year, month, dayOfMonth] = day.map((part, i) => String(part).padStart(i === 0 ? 4 : 2, '0'));
  const isoDate = `${year}-${month}-${dayOfMonth}`;
  const time = [date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()];
  if (time.every((part) => part === 0)) return isoDate;
  return `${isoDate}T${time.map((part) => String(part).padStart(2, '0')).join(':')}`;
}
