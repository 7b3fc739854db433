import { Decimal } from 'decimal.js';
import type { ValueTransformer } from 'typeorm';

/**
 * Maps PostgreSQL `numeric` to Decimal and back. pg hands numeric over as a string, so no value ever passes
 * through a binary float. Writing accepts a Decimal, a plain decimal string or a safe integer; a fractional
 * JS number is refused because it may already have lost precision.
 */
export const decimalTransformer: ValueTransformer = {
  to(value: unknown): string | null | undefined {
    if (value === null || value === undefined) return value;
    return toNumericText(value);
  },
  from(value: unknown): Decimal | null {
    if (value === null || value === undefined) return null;
    if (typeof value !== 'string')
      throw new TypeError(`numeric column returned ${typeof value}, expected string`);
    return new Decimal(value);
  },
};

function toNumericText(value: unknown): string {
  if (value instanceof Decimal) {
    if (!value.isFinite()) throw new RangeError(`Cannot store ${value.toString()} in a numeric column`);
    // Decimal#toFixed() without digits is exact and never uses exponent notation.
    return value.toFixed();
  }
  if (typeof value === 'string' && /^[+-]?\d+(\.\d+)?$/.test(value)) return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value === 'bigint') return value.toString();
  throw new TypeError(`Cannot store ${JSON.stringify(String(value))} (${typeof value}) in a numeric column`);
}
