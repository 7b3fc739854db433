import { describe, expect, it } from '@jest/globals';
import { Decimal } from 'decimal.js';
import { decimalTransformer } from './decimal.transformer.js';
import { formatMoney, fromCents, money, roundToCents, sumMoney, toCents } from './money.js';

describe('money', () => {
  it('sums exactly: 12000.50 + 3400.25 + 99.25 = 15500.00', () => {
    expect(formatMoney(sumMoney('12000.50', '3400.25', '99.25'))).toBe('15500.00');
    expect(formatMoney(sumMoney('0.1', '0.2'))).toBe('0.30');
    expect(sumMoney().isZero()).toBe(true);
  });

  it('accepts only plain decimal strings, Decimals and bigints', () => {
    expect(money('-1071.31').toString()).toBe('-1071.31');
    expect(money(12n).toString()).toBe('12');
    for (const bad of ['1e3', '0x10', '1 234,50', '', 'NaN']) expect(() => money(bad)).toThrow(TypeError);
    expect(() => money(12.5 as unknown as string)).toThrow(TypeError);
    expect(() => money(new Decimal(Infinity))).toThrow(RangeError);
  });

  it('converts to and from whole cents, refusing fractions of a cent', () => {
    expect(toCents('15500.00')).toBe('1550000');
    expect(toCents('-0.05')).toBe('-5');
    expect(fromCents('1550050').toString()).toBe('15500.5');
    expect(() => toCents('0.001')).toThrow('fraction of a cent');
    expect(() => formatMoney('1.005')).toThrow('fraction of a cent');
  });

  it('rounds half away from zero, as PostgreSQL rounds numeric', () => {
    expect(formatMoney(roundToCents('1.005'))).toBe('1.01');
    expect(formatMoney(roundToCents('-1.005'))).toBe('-1.01');
    expect(formatMoney(roundToCents('1.004'))).toBe('1.00');
  });
});

describe('decimalTransformer', () => {
  it('reads numeric strings as Decimal and passes null through', () => {
    expect(decimalTransformer.from('12000.50')).toEqual(new Decimal('12000.50'));
    expect(decimalTransformer.from(null)).toBeNull();
  });

  it('writes exact text, never exponent notation', () => {
    expect(decimalTransformer.to(new Decimal('1e-7'))).toBe('0.0000001');
    expect(decimalTransformer.to(new Decimal('123456789012.34'))).toBe('123456789012.34');
    expect(decimalTransformer.to('99.25')).toBe('99.25');
    expect(decimalTransformer.to(45)).toBe('45');
    expect(decimalTransformer.to(null)).toBeNull();
    expect(decimalTransformer.to(undefined)).toBeUndefined();
  });

  it('refuses a fractional JS number and a non-numeric string', () => {
    expect(() => decimalTransformer.to(0.1)).toThrow('Cannot store "0.1" (number)');
    expect(() => decimalTransformer.to('12,50')).toThrow(TypeError);
  });
});
