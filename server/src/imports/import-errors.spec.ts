import { describe, expect, it } from '@jest/globals';
import { safeFileName } from './import-errors.js';
import { describeSafely } from './safe-error.js';

describe('safeFileName', () => {
  it('keeps the last part of a path, from either kind of separator', () => {
    expect(safeFileName('/tmp/x/effica 2011.csv')).toBe('effica 2011.csv');
    expect(safeFileName('C:\\Users\\anna\\Yöhoito.xlsx')).toBe('Yöhoito.xlsx');
    expect(safeFileName('  ')).toBe('upload');
  });

  it('withholds a name that contains a personal identity code', () => {
    expect(safeFileName('asiakas 131052-308T.csv')).not.toContain('131052');
    expect(safeFileName('asiakas 131052-308U.csv')).toBe('asiakas 131052-308U.csv'); // wrong check character
  });
});

describe('describeSafely', () => {
  it('masks quoted values a database error may carry', () => {
    const error = Object.assign(new Error('invalid input syntax for type date: "131052-308T"'), {
      code: '22007',
    });
    const text = describeSafely(error);
    expect(text).toMatch(/^Error 22007: invalid input syntax for type date: "…"/);
    expect(text).not.toContain('131052');
  });
});
