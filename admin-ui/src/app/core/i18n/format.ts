import { formatCurrency, formatDate, formatNumber, getCurrencySymbol } from '@angular/common';

import { Language } from './languages';
import { LOCALES } from './locales';

export type DecimalInput = number | string | null | undefined;
export type DateInput = Date | string | number | null | undefined;

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Money arrives from the server as a decimal string ("1234.50"). It is turned into a number only to
 * be printed: exact for up to 15 significant digits, i.e. any amount below 10¹³ € to the cent.
 */
function toNumber(value: DecimalInput): number | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const trimmed = value.trim();
  if (!DECIMAL.test(trimmed)) throw new Error(`Not a decimal number: "${value}"`);
  return Number(trimmed);
}

/** `1 234,50 €` in Finnish (with the locale's no-break spaces); empty for a missing value. */
export function formatMoney(value: DecimalInput, language: Language, currencyCode = 'EUR'): string {
  const amount = toNumber(value);
  if (amount === null) return '';
  const locale = LOCALES[language].id;
  return formatCurrency(
    amount,
    locale,
    getCurrencySymbol(currencyCode, 'narrow', locale),
    currencyCode,
    '1.2-2',
  );
}

/** A plain number with the locale's separators; `digits` is Angular's `minInt.minFrac-maxFrac`. */
export function formatDecimal(value: DecimalInput, language: Language, digits = '1.0-2'): string {
  const amount = toNumber(value);
  return amount === null ? '' : formatNumber(amount, LOCALES[language].id, digits);
}

/** A calendar date: `3.1.2011` in Finnish. A date-only string ("2011-01-03") is never shifted by time zone. */
export function formatDay(value: DateInput, language: Language): string {
  if (value === null || value === undefined || value === '') return '';
  const { id, datePattern } = LOCALES[language];
  return formatDate(value, datePattern, id);
}

/** A moment in the user's time zone: `3.1.2011 14.05` in Finnish. */
export function formatDateTime(value: DateInput, language: Language): string {
  if (value === null || value === undefined || value === '') return '';
  const { id, datePattern } = LOCALES[language];
  return `${formatDate(value, datePattern, id)} ${formatDate(value, 'shortTime', id)}`;
}
