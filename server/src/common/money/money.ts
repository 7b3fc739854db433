// Money is decimal.js Decimal end to end: never a binary float, never a number.
import { Decimal } from 'decimal.js';

export type Money = Decimal;
export type MoneyInput = Decimal | string | bigint;

const DECIMAL_STRING = /^[+-]?\d+(\.\d+)?$/;
const CENT = new Decimal('0.01');

/** Parses an amount. Strings must be plain decimals ("1234.50"): no exponent, hex or thousands separator. */
export function money(value: MoneyInput): Money {
  if (value instanceof Decimal) {
    if (!value.isFinite()) throw new RangeError(`Not a finite amount: ${value.toString()}`);
    return value;
  }
  if (typeof value === 'bigint') return new Decimal(value.toString());
  if (typeof value !== 'string' || !DECIMAL_STRING.test(value)) {
    throw new TypeError(`Not a decimal amount: ${JSON.stringify(String(value))}`);
  }
  return new Decimal(value);
}

export function sumMoney(...values: MoneyInput[]): Money {
  return values.reduce<Decimal>((sum, value) => sum.plus(money(value)), new Decimal(0));
}

/** Rounds to the cent, halves away from zero (as PostgreSQL rounds numeric(14,2)). */
export function roundToCents(value: MoneyInput): Money {
  return money(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** "15500.00": exactly two decimals; throws rather than hide a fraction of a cent. */
export function formatMoney(value: MoneyInput): string {
  const amount = money(value);
  assertWholeCents(amount);
  return amount.toFixed(2);
}

/** Integer cents as a string ("1550000" for 15500.00), exact; throws on fractions of a cent. */
export function toCents(value: MoneyInput): string {
  const amount = money(value);
  assertWholeCents(amount);
  return amount.times(100).toFixed(0);
}

export function fromCents(cents: string | bigint): Money {
  const text = String(cents);
  if (!/^[+-]?\d+$/.test(text)) throw new TypeError(`Not a whole number of cents: ${JSON.stringify(text)}`);
  return new Decimal(text).dividedBy(100);
}

function assertWholeCents(amount: Decimal): void {
  if (!amount.modulo(CENT).isZero()) {
    throw new RangeError(`${amount.toString()} has a fraction of a cent; round it first (roundToCents)`);
  }
}
