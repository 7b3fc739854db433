import { describe, expect, it } from '@jest/globals';
import { Decimal } from 'decimal.js';
import { roundToTarget } from './largest-remainder.js';

const texts = (values: Decimal[]) => values.map((v) => v.toFixed(2));

describe('largest-remainder rounding to a total', () => {
  it('gives the missing cents to the largest remainders', () => {
    // 2916.666…: 2000 + 666.666… + 250 → the third of a euro rounds up where the remainder is largest.
    expect(
      texts(roundToTarget(['2000', new Decimal(2000).dividedBy(3).toString(), '250'], '2916.67')),
    ).toEqual(['2000.00', '666.67', '250.00']);
  });

  it('scales exact parts to an already rounded total (a price split into its components)', () => {
    // TOTU of the report fixture: 3900 + 1100 + 450 = 5450.00 over 70 h is 77.857… → price 77.86.
    const parts = roundToTarget(['3900', '1100', '450'], '77.86');
    expect(texts(parts)).toEqual(['55.72', '15.71', '6.43']);
    expect(parts.reduce((a, b) => a.plus(b)).toFixed(2)).toBe('77.86');
  });

  it('breaks exact ties by size, then by position', () => {
    expect(texts(roundToTarget(['1', '1', '1'], '1.00'))).toEqual(['0.34', '0.33', '0.33']);
    expect(texts(roundToTarget(['1', '2'], '0.01'))).toEqual(['0.00', '0.01']);
  });

  it('handles negative parts (a credit) and zero totals', () => {
    // Floors 100.00 and -0.01 leave one cent; equal remainders (0.005), so the larger part takes it.
    expect(texts(roundToTarget(['100.005', '-0.005'], '100.00'))).toEqual(['100.01', '-0.01']);
    expect(texts(roundToTarget(['0', '0'], '0'))).toEqual(['0.00', '0.00']);
    expect(() => roundToTarget(['0', '0'], '1.00')).toThrow(RangeError);
    expect(() => roundToTarget(['1'], '1.005')).toThrow(RangeError);
  });

  it('always adds up exactly', () => {
    for (let n = 1; n < 40; n++) {
      const parts = Array.from({ length: n }, (_, i) => new Decimal(i + 1).dividedBy(7).toString());
      const total = roundToTarget(parts, '123.45').reduce((a, b) => a.plus(b), new Decimal(0));
      expect(total.toFixed(2)).toBe('123.45');
    }
  });
});
