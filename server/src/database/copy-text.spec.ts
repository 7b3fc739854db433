import { describe, expect, it } from '@jest/globals';
import { Decimal } from 'decimal.js';
import { copyLine, pgText } from './copy-text.js';

describe('pgText', () => {
  it('prints values as PostgreSQL reads them', () => {
    expect(pgText(null)).toBeNull();
    expect(pgText(undefined)).toBeNull();
    expect(pgText(new Decimal('1e-7'))).toBe('0.0000001');
    expect(pgText(12n)).toBe('12');
    expect(pgText(false)).toBe('f');
    expect(pgText(new Date(Date.UTC(2024, 0, 1)))).toBe('2024-01-01T00:00:00.000Z');
    expect(pgText(Buffer.from([1, 255]))).toBe('\\x01ff');
    expect(pgText({ a: 'b"c' })).toBe('{"a":"b\\"c"}');
  });

  it('quotes array elements, keeping NULL and nesting', () => {
    expect(pgText(['a,b', 'say "hi"', 'back\\slash', null])).toBe(
      '{"a,b","say \\"hi\\"","back\\\\slash",NULL}',
    );
    expect(
      pgText([
        [1, 2],
        [3, 4],
      ]),
    ).toBe('{{"1","2"},{"3","4"}}');
    expect(pgText([])).toBe('{}');
  });

  it('refuses what has no text form', () => {
    expect(() => pgText(Number.NaN)).toThrow(RangeError);
    expect(() => pgText(Symbol('x'))).toThrow(TypeError);
  });
});

describe('copyLine', () => {
  it('separates with tabs, escapes backslash, tab and line breaks, writes \\N for NULL', () => {
    expect(copyLine(['a\tb', 'c\nd\re', 'f\\g', null, 3])).toBe('a\\tb\tc\\nd\\re\tf\\\\g\t\\N\t3\n');
  });
});
