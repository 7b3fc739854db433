// Exact decimal arithmetic on scaled BigInts: a value v is held as v × 10^30.
//
// Why not decimal.js here: the engine's hot loops (support flows, the reciprocal solve, product
// allocation) do a few hundred thousand operations per run; decimal.js measured ~1 µs per operation on
// this machine, scaled BigInts ~0.1 µs. Sums and products of the inputs (cents, hours, shares) are
// exact; a division rounds half-even at the 30th decimal, far below the cent every output is
// rounded to. decimal.js is still used at the edges (rule operators, the server's money columns).

export type Exact = bigint;

export const DIGITS = 30;
export const ONE: Exact = 10n ** BigInt(DIGITS);
export const CENT: Exact = ONE / 100n;
export const ZERO: Exact = 0n;

const DECIMAL_PATTERN = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

const POWERS_OF_TEN = Array.from({ length: DIGITS + 1 }, (_, i) => 10n ** BigInt(i));
const PLAIN_DECIMAL = /^(-?)(\d{1,15})(?:\.(\d{1,15}))?$/;

/** Parses a decimal string or a JSON number; returns undefined if the text is not a decimal. */
export function parseExact(value: string | number): Exact | undefined {
  const text = typeof value === 'number' ? numberToText(value) : value.trim();
  const plain = text === undefined ? null : PLAIN_DECIMAL.exec(text);
  if (plain) {
    // Fast path for the common "1234.5": small BigInts, one multiplication.
    const [, sign, whole, fraction = ''] = plain;
    const digits = whole + fraction; // at most 30 digits; a Number is exact up to 15
    const integer = digits.length <= 15 ? BigInt(Number(digits)) : BigInt(digits);
    const scaled = integer * POWERS_OF_TEN[DIGITS - fraction.length];
    return sign === '-' ? -scaled : scaled;
  }
  return parseGeneral(text);
}

function parseGeneral(text: string | undefined): Exact | undefined {
  if (text === undefined) return undefined;
  const match = DECIMAL_PATTERN.exec(text.startsWith('.') ? `0${text}` : text);
  if (!match) return undefined;
  const [, sign, whole, fraction = '', exponentText] = match;
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const shift = DIGITS + exponent - fraction.length;
  if (shift < 0 && !/^0*$/.test((whole + fraction).slice(shift))) return undefined;
  const digits = BigInt(whole + fraction);
  const scaled = shift >= 0 ? digits * 10n ** BigInt(shift) : digits / 10n ** BigInt(-shift);
  return sign === '-' ? -scaled : scaled;
}

function numberToText(value: number): string | undefined {
  return Number.isFinite(value) ? String(value) : undefined;
}

/** Number of decimals the text was written with (for "at most two decimals" checks). */
export function decimalPlaces(value: string | number): number {
  const text = String(value).trim();
  const match = DECIMAL_PATTERN.exec(text.startsWith('.') ? `0${text}` : text);
  if (!match) return Number.NaN;
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  return Math.max(0, fraction.length - Number(match[4] ?? 0));
}

export function fromInteger(value: number | bigint): Exact {
  return BigInt(value) * ONE;
}

// Products and quotients are cut (toward zero) at the 30th decimal: one BigInt operation instead of
// a rounding's five, and an error of at most 10^-30 per step, which no cent ever sees.

export function mul(a: Exact, b: Exact): Exact {
  return (a * b) / ONE;
}

export function div(a: Exact, b: Exact): Exact {
  if (b === 0n) throw new RangeError('division by zero');
  return (a * ONE) / b;
}

/** a × b / c, cut once. */
export function mulDiv(a: Exact, b: Exact, c: Exact): Exact {
  if (c === 0n) throw new RangeError('division by zero');
  return (a * b) / c;
}

export function abs(a: Exact): Exact {
  return a < 0n ? -a : a;
}

export function sum(values: Iterable<Exact>): Exact {
  let total = 0n;
  for (const value of values) total += value;
  return total;
}

/** Floor division for BigInts (BigInt's `/` truncates toward zero). */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** Rounds to a multiple of `step`, ties away from zero (the pricing rule: 35.175 → 35.18). */
export function roundHalfAwayFromZero(value: Exact, step: Exact): Exact {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  let units = magnitude / step;
  if ((magnitude % step) * 2n >= step) units += 1n;
  const rounded = units * step;
  return negative ? -rounded : rounded;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Canonical text: no exponent, no trailing zeros ("1200.5", "-3", "0"). */
export function toText(value: Exact): string {
  // Fast path: at most 6 decimals and small enough to format with exact Number arithmetic.
  const micro = value / POWERS_OF_TEN[DIGITS - 6];
  if (micro * POWERS_OF_TEN[DIGITS - 6] === value && micro <= SAFE && micro >= -SAFE) {
    return withoutTrailingZeros(formatUnits(Number(micro), 6));
  }
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(DIGITS + 1, '0');
  const whole = digits.slice(0, -DIGITS);
  const fraction = digits.slice(-DIGITS).replace(/0+$/, '');
  const text = fraction ? `${whole}.${fraction}` : whole;
  return negative && text !== '0' ? `-${text}` : text;
}

/** Text with exactly `places` decimals; the value must already be a multiple of 10^-places. */
export function toFixedText(value: Exact, places: number): string {
  const step = POWERS_OF_TEN[DIGITS - places];
  const units = value / step;
  if (units * step !== value) throw new RangeError(`value ${toText(value)} has more than ${places} decimals`);
  if (units <= SAFE && units >= -SAFE) return formatUnits(Number(units), places);
  const negative = units < 0n;
  const text = (negative ? -units : units).toString().padStart(places + 1, '0');
  const fixed = places > 0 ? `${text.slice(0, -places)}.${text.slice(-places)}` : text;
  return negative ? `-${fixed}` : fixed;
}

/** "1200.500000" → "1200.5", "1200.000000" → "1200" (the text must have a decimal point). */
function withoutTrailingZeros(text: string): string {
  let end = text.length;
  while (text.charCodeAt(end - 1) === 48) end--;
  if (text.charCodeAt(end - 1) === 46) end--;
  return text.slice(0, end);
}

/** An integer count of 10^-places, as text with exactly `places` decimals (exact for safe integers). */
function formatUnits(units: number, places: number): string {
  const negative = units < 0;
  const text = String(negative ? -units : units).padStart(places + 1, '0');
  const fixed = places > 0 ? `${text.slice(0, -places)}.${text.slice(-places)}` : text;
  return negative ? `-${fixed}` : fixed;
}

/** A count of cents as text ("12345" → "123.45"). */
export function centsText(cents: bigint): string {
  if (cents <= SAFE && cents >= -SAFE) return formatUnits(Number(cents), 2);
  return toFixedText(cents * CENT, 2);
}

export function toCentsText(value: Exact): string {
  return toFixedText(value, 2);
}
