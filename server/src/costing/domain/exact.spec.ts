import { describe, expect, it } from '@jest/globals';
import { CENT, decimalPlaces, div, parseExact, roundHalfAwayFromZero, toCentsText, toText } from './exact.js';

const exact = (text: string) => {
  const value = parseExact(text);
  if (value === undefined) throw new Error(`not a decimal: ${text}`);
  return value;
};

describe('exact decimals', () => {
  it('parses strings and JSON numbers without binary-float noise', () => {
    expect(toText(exact('1200.50'))).toBe('1200.5');
    expect(toText(parseExact(0.1)! + parseExact(0.2)!)).toBe('0.3');
    expect(toText(exact('-1071.31'))).toBe('-1071.31');
    expect(toText(exact('1.5e3'))).toBe('1500');
    expect(toText(exact('.25'))).toBe('0.25');
  });

  it('rejects what is not a decimal', () => {
    expect(parseExact('12,50')).toBeUndefined();
    expect(parseExact('abc')).toBeUndefined();
    expect(parseExact(Number.NaN)).toBeUndefined();
  });

  it('prices 70 350 € over 2 000 h at 35.18 (35.175 rounded half away from zero)', () => {
    const price = div(exact('70350'), exact('2000'));
    expect(toText(price)).toBe('35.175');
    expect(toCentsText(roundHalfAwayFromZero(price, CENT))).toBe('35.18');
    expect(toCentsText(roundHalfAwayFromZero(-price, CENT))).toBe('-35.18');
  });

  it('rounds to other steps than the cent', () => {
    expect(toText(roundHalfAwayFromZero(exact('35.174'), exact('0.05')))).toBe('35.15');
    expect(toText(roundHalfAwayFromZero(exact('35.175'), exact('0.05')))).toBe('35.2');
  });

  it('counts decimal places as written', () => {
    expect(decimalPlaces('1200.50')).toBe(1);
    expect(decimalPlaces('1200.505')).toBe(3);
    expect(decimalPlaces(12)).toBe(0);
  });
});
