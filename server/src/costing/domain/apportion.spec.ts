import { describe, expect, it } from '@jest/globals';
import { apportion, roundToTotal } from './apportion.js';
import { CENT, parseExact, toCentsText, type Exact } from './exact.js';

const exact = (text: string): Exact => parseExact(text) ?? 0n;
const cents = (values: Exact[]) => values.map(toCentsText);

describe('largest-remainder apportionment', () => {
  it('splits 182.25 € at 98 % / 2 % into 178.61 + 3.64', () => {
    expect(cents(apportion(exact('182.25'), [exact('98'), exact('2')], CENT))).toEqual(['178.61', '3.64']);
  });

  it('splits 785.08 € at 33.33 / 33.33 / 33.34 % into 261.67 / 261.67 / 261.74', () => {
    const parts = apportion(exact('785.08'), ['33.33', '33.33', '33.34'].map(exact), CENT);
    expect(cents(parts)).toEqual(['261.67', '261.67', '261.74']);
  });

  it('accepts shares 55.3 / 22.4 / 22.3 as a whole and splits 10 000 € into 5 530 / 2 240 / 2 230', () => {
    const parts = apportion(exact('10000'), ['55.3', '22.4', '22.3'].map(exact), CENT);
    expect(cents(parts)).toEqual(['5530.00', '2240.00', '2230.00']);
  });

  it('conserves negative totals too', () => {
    const parts = apportion(exact('-100.00'), ['1', '1', '1'].map(exact), CENT);
    expect(cents(parts)).toEqual(['-33.33', '-33.33', '-33.34']);
    expect(parts.reduce((a, b) => a + b)).toBe(exact('-100'));
  });

  it('gives a tie to the earlier of equal items, so the order of items decides ties', () => {
    expect(cents(apportion(exact('0.01'), [exact('1'), exact('1')], CENT))).toEqual(['0.01', '0.00']);
  });

  it('rounds values to a given total with the largest remainders', () => {
    const values = ['491072.3749', '377360.3856', '594967.2395'].map(exact);
    expect(cents(roundToTotal(values, exact('1463400.00'), CENT))).toEqual([
      '491072.37',
      '377360.39',
      '594967.24',
    ]);
  });

  it('refuses a total the values cannot reach', () => {
    expect(() => roundToTotal([exact('1.00')], exact('5.00'), CENT)).toThrow(RangeError);
  });
});
