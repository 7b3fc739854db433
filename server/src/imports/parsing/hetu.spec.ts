import { describe, expect, it } from '@jest/globals';
import { containsHetu, hetuCheckChar, isValidHetu } from './hetu.js';

/** Builds a valid code for a birth date, century sign and individual number. */
function hetu(day: number, month: number, year: number, sign: string, individual: number): string {
  const digits = [day, month, year % 100].map((part) => String(part).padStart(2, '0')).join('');
  const number = String(individual).padStart(3, '0');
  return `${digits}${sign}${number}${hetuCheckChar(`${digits}${number}`)}`;
}

function withWrongCheckChar(code: string): string {
  const check = code[10];
  const other = '0123456789ABCDEFHJKLMNPRSTUVWXY'.split('').find((char) => char !== check);
  return `${code.slice(0, 10)}${other}`;
}

describe('henkilötunnus detection', () => {
  it('accepts the documented example 131052-308T', () => {
    expect(hetuCheckChar('131052308')).toBe('T');
    expect(isValidHetu('131052-308T')).toBe(true);
  });

  it.each([
    [1, 1, 1899, '+', 2],
    [29, 2, 1952, '-', 308],
    [31, 12, 1999, 'Y', 899],
    [15, 6, 1975, 'U', 123],
    [1, 1, 2000, 'A', 2],
    [29, 2, 2004, 'B', 555],
    [10, 10, 2023, 'F', 900],
  ])('accepts a generated code for %d.%d.%d with sign %s', (day, month, year, sign, individual) => {
    const code = hetu(day, month, year, sign, individual);
    expect(isValidHetu(code)).toBe(true);
    expect(isValidHetu(code.toLowerCase())).toBe(true);
    expect(isValidHetu(withWrongCheckChar(code))).toBe(false);
  });

  it('rejects impossible birth dates even with a matching check character', () => {
    expect(isValidHetu(hetu(30, 2, 1952, '-', 308))).toBe(false);
    expect(isValidHetu(hetu(29, 2, 1900, '-', 308))).toBe(false);
    expect(isValidHetu(hetu(1, 13, 1952, '-', 308))).toBe(false);
    expect(isValidHetu(hetu(0, 1, 1952, '-', 308))).toBe(false);
  });

  it('rejects a century sign that does not exist', () => {
    expect(isValidHetu('131052G308T')).toBe(false);
    expect(isValidHetu('131052Z308T')).toBe(false);
  });

  it('finds a code embedded in longer text', () => {
    expect(containsHetu('soitto äidille (131052-308T) klo 10')).toBe(true);
    expect(containsHetu('asiakas131052-308Tx')).toBe(true);
    expect(containsHetu('9131052-308T')).toBe(true);
  });

  it('finds a valid code that overlaps an invalid candidate', () => {
    const valid = hetu(13, 10, 1952, '-', 308);
    const text = `010101-${valid}`;
    // The text starts with a well-formed but invalid candidate ending inside the valid code.
    expect(isValidHetu(text.slice(0, 11))).toBe(false);
    expect(containsHetu(text)).toBe(true);
  });

  it('ignores look-alikes', () => {
    expect(containsHetu('131052-308U')).toBe(false);
    expect(containsHetu('1111MR350.11')).toBe(false);
    expect(containsHetu('TILI/400000 Maksetut palkat ja palkkiot')).toBe(false);
    expect(containsHetu('131052-30T')).toBe(false);
    expect(containsHetu('')).toBe(false);
  });
});
