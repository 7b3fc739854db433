import type { Decimal } from 'decimal.js';
import type { DateFormat, DecimalSeparator, WorkKind } from './profile-types.js';

/** A parsed value, or the reason (for a finance user) why the text is not one. */
export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): ParseOutcome<T> => ({ ok: true, value });
const fail = (reason: string): ParseOutcome<never> => ({ ok: false, reason });
const MISSING = fail('value is missing');

/** Quotes a value for a reason, shortened so one odd cell cannot flood a report. */
export function quoteValue(text: string): string {
  return text.length > 40 ? `'${text.slice(0, 37)}...'` : `'${text}'`;
}

// Thousands separators: space, no-break space (Excel's Finnish locale), narrow no-break space.
const GROUP = '[ \\u00A0\\u202F]';
const SIGN = '([-\\u2212+])?';
const INTEGER = `(\\d{1,3}(?:${GROUP}\\d{3})+|\\d+)`;
const DECIMAL_PATTERNS: Record<DecimalSeparator, RegExp> = {
  ',': new RegExp(`^${SIGN}${INTEGER}(?:,(\\d+))?$`),
  '.': new RegExp(`^${SIGN}${INTEGER}(?:\\.(\\d+))?$`),
};
const DECIMAL_EXAMPLES: Record<DecimalSeparator, string> = { ',': '-1 234,50', '.': '-1234.50' };

export interface DecimalOptions {
  decimalSeparator: DecimalSeparator;
  maxFractionDigits?: number;
}

/** `−1 071,31` → `"-1071.31"`: a canonical decimal string (no trailing zeros, no exponent, never `-0`). */
export function parseDecimal(text: string, options: DecimalOptions): ParseOutcome<string> {
  const trimmed = text.trim();
  if (trimmed === '') return MISSING;
  const match = DECIMAL_PATTERNS[options.decimalSeparator].exec(trimmed);
  if (!match) {
    const example = DECIMAL_EXAMPLES[options.decimalSeparator];
    return fail(`${quoteValue(trimmed)} is not a number (expected e.g. ${example})`);
  }
  const [, sign = '', integer, fraction = ''] = match;
  const max = options.maxFractionDigits;
  if (max !== undefined && fraction.length > max) {
    return fail(`${quoteValue(trimmed)} has more than ${max} decimals`);
  }
  return ok(canonicalDigits(sign === '-' || sign === '\u2212', integer.replace(/\D/g, ''), fraction));
}

/** Plain decimal text from its parts: `-`, `0012`, `500` → `-12.5`; zero is always `0`. */
function canonicalDigits(negative: boolean, integer: string, fraction: string): string {
  const whole = integer.replace(/^0+(?=\d)/, '');
  const decimals = fraction.replace(/0+$/, '');
  const text = decimals === '' ? whole : `${whole}.${decimals}`;
  return negative && text !== '0' ? `-${text}` : text;
}

/** A Decimal in the same canonical form as parseDecimal's results. */
export function canonicalDecimal(value: Decimal): string {
  return value.isZero() ? '0' : value.toFixed();
}

// numeric(14,2): at most 12 integer digits.
const MAX_AMOUNT_DIGITS = 12;

/** Euros: at most 2 decimals and less than a trillion. */
export function parseAmount(text: string, decimalSeparator: DecimalSeparator): ParseOutcome<string> {
  const parsed = parseDecimal(text, { decimalSeparator, maxFractionDigits: 2 });
  if (parsed.ok && parsed.value.replace(/^-/, '').split('.')[0].length > MAX_AMOUNT_DIGITS) {
    return fail(`${quoteValue(text.trim())} is too large for an amount`);
  }
  return parsed;
}

const MAX_MINUTES = 1440;

/** Minutes of one record: more than 0 and at most a day. */
export function parseMinutes(text: string, decimalSeparator: DecimalSeparator): ParseOutcome<string> {
  const parsed = parseDecimal(text, { decimalSeparator, maxFractionDigits: 2 });
  if (!parsed.ok) return parsed;
  const shown = text.trim();
  if (parsed.value === '0' || parsed.value.startsWith('-')) {
    return fail(`${shown} minutes is not a duration (must be more than 0)`);
  }
  if (!atMost(parsed.value, MAX_MINUTES))
    return fail(`${shown} minutes is more than a day (max ${MAX_MINUTES})`);
  return parsed;
}

/** Exactly `value <= limit`, for a canonical non-negative decimal and an integer limit. */
function atMost(value: string, limit: number): boolean {
  const [whole, decimals] = value.split('.');
  const max = String(limit);
  if (whole.length !== max.length) return whole.length < max.length;
  return whole < max || (whole === max && decimals === undefined);
}

const FINNISH_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_EXAMPLES: Record<DateFormat, string> = {
  'd.m.yyyy': 'd.m.yyyy, e.g. 5.3.2024',
  'yyyy-mm-dd': 'yyyy-mm-dd, e.g. 2024-03-05',
};

/** `5.3.2024` (5 March) or `2024-03-05` → `"2024-03-05"`, by arithmetic only: no Date, no time zone. */
export function parseDate(text: string, format: DateFormat): ParseOutcome<string> {
  const trimmed = text.trim();
  if (trimmed === '') return MISSING;
  const iso = ISO_DATE.exec(trimmed);
  if (iso) return calendarDate(trimmed, iso[1], iso[2], iso[3]);
  const finnish = format === 'd.m.yyyy' ? FINNISH_DATE.exec(trimmed) : null;
  if (finnish) return calendarDate(trimmed, finnish[3], finnish[2], finnish[1]);
  return fail(`${quoteValue(trimmed)} is not a date (expected ${DATE_EXAMPLES[format]})`);
}

function calendarDate(
  text: string,
  yearText: string,
  monthText: string,
  dayText: string,
): ParseOutcome<string> {
  const [year, month, day] = [yearText, monthText, dayText].map((part) => parseInt(part, 10));
  if (year < 1900 || year > 2999) return fail(`${quoteValue(text)} has an impossible year`);
  if (month < 1 || month > 12) return fail(`${quoteValue(text)} is not a real date (no month ${month})`);
  if (day < 1) return fail(`${quoteValue(text)} is not a real date (no day 0)`);
  const days = daysInMonth(year, month);
  if (day > days) {
    return fail(`${quoteValue(text)} is not a real date (month ${month}/${year} has ${days} days)`);
  }
  return ok(`${yearText}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** A calendar year, `2011`. */
export function parseYear(text: string): ParseOutcome<number> {
  const trimmed = text.trim();
  if (trimmed === '') return MISSING;
  const year = /^\d{4}$/.test(trimmed) ? parseInt(trimmed, 10) : NaN;
  if (!(year >= 1900 && year <= 2999)) return fail(`${quoteValue(trimmed)} is not a year (e.g. 2011)`);
  return ok(year);
}

/** A municipality code; Excel drops leading zeros (`5` for Alajärvi's `005`), so they are restored. */
export function parseMunicipalityCode(text: string): ParseOutcome<string> {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) {
    return fail(`${quoteValue(trimmed)} is not a municipality code (3 digits, e.g. 698)`);
  }
  return ok(trimmed.padStart(3, '0'));
}

export interface WorkKindCodes {
  byCode: ReadonlyMap<string, WorkKind>;
  listed: string;
}

const normalizeCode = (code: string): string => code.normalize('NFC').trim().toLowerCase();

/** Prepares a profile's code map for case-insensitive lookup. */
export function workKindCodes(codes: Record<string, WorkKind>): WorkKindCodes {
  const byCode = new Map(Object.entries(codes).map(([code, kind]) => [normalizeCode(code), kind]));
  return { byCode, listed: Object.keys(codes).join(', ') };
}

/** `välitön` / `V` → direct, `välillinen` / `VL` → indirect (per the profile's code map). */
export function parseWorkKind(text: string, codes: WorkKindCodes): ParseOutcome<WorkKind> {
  const code = normalizeCode(text);
  if (code === '') return MISSING;
  const kind = codes.byCode.get(code);
  if (kind) return ok(kind);
  return fail(`${quoteValue(text.trim())} is not a known work kind (expected one of: ${codes.listed})`);
}
