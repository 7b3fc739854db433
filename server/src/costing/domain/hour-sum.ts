import { DIGITS, parseExact, ZERO, type Exact } from './exact.js';
import type { DecimalInput } from './costing-case.js';
import type { HoursAtCenter } from './prepared-case.js';

const MICRO_TO_EXACT = 10n ** BigInt(DIGITS - 6);

/**
 * Adds up direct and indirect hours exactly. Hours written with at most six decimals are summed as
 * integer micro-hours in plain Numbers (exact below 2^53, i.e. nine billion hours); anything else
 * falls back to scaled BigInts. Tens of thousands of hour rows make this a hot path.
 */
export class HourSum {
  private directMicro = 0;
  private indirectMicro = 0;
  private directExact: Exact = ZERO;
  private indirectExact: Exact = ZERO;

  /** Returns false (adding nothing) if either value is not a non-negative decimal. */
  add(direct: DecimalInput, indirect: DecimalInput): boolean {
    const d = microHours(direct);
    const i = microHours(indirect);
    if (d !== undefined && i !== undefined) {
      this.directMicro += d;
      this.indirectMicro += i;
      return Number.isSafeInteger(this.directMicro + this.indirectMicro) || this.spill();
    }
    const de = parseExact(direct);
    const ie = parseExact(indirect);
    if (de === undefined || ie === undefined || de < ZERO || ie < ZERO) return false;
    this.directExact += de;
    this.indirectExact += ie;
    return true;
  }

  total(): HoursAtCenter {
    return {
      direct: this.directExact + BigInt(this.directMicro) * MICRO_TO_EXACT,
      indirect: this.indirectExact + BigInt(this.indirectMicro) * MICRO_TO_EXACT,
    };
  }

  private spill(): true {
    const { direct, indirect } = this.total();
    this.directExact = direct;
    this.indirectExact = indirect;
    this.directMicro = 0;
    this.indirectMicro = 0;
    return true;
  }
}

/** "702.5" → 702500000 micro-hours, without allocating; undefined for anything but plain digits. */
function microHours(value: DecimalInput): number | undefined {
  if (typeof value !== 'string') return undefined;
  let whole = 0;
  let fraction = 0;
  let wholeDigits = 0;
  let fractionDigits = -1; // -1: no decimal point seen
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 46 && fractionDigits < 0) fractionDigits = 0;
    else if (code < 48 || code > 57) return undefined;
    else if (fractionDigits < 0) {
      if (++wholeDigits > 9) return undefined;
      whole = whole * 10 + (code - 48);
    } else {
      if (++fractionDigits > 6) return undefined;
      fraction = fraction * 10 + (code - 48);
    }
  }
  if (wholeDigits === 0) return undefined;
  return whole * 1e6 + fraction * 10 ** (6 - Math.max(fractionDigits, 0));
}
