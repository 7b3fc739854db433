import { Decimal } from 'decimal.js';
import { describe, expect, it } from '@jest/globals';
import {
  parseAmount,
  parseDate,
  parseDecimal,
  parseMinutes,
  parseMunicipalityCode,
  parseWorkKind,
  parseYear,
  workKindCodes,
  type ParseOutcome,
} from './values.js';

const comma = { decimalSeparator: ',' } as const;

function valueOf<T>(outcome: ParseOutcome<T>): T {
  if (!outcome.ok) throw new Error(`expected a value, got: ${outcome.reason}`);
  return outcome.value;
}

function reasonOf<T>(outcome: ParseOutcome<T>): string {
  if (outcome.ok) throw new Error(`expected a rejection, got: ${String(outcome.value)}`);
  return outcome.reason;
}

describe('parseDecimal', () => {
  it.each([
    ['1 234,50', '1234.5'],
    ['1\u00a0234,50', '1234.5'],
    ['1\u202f234,50', '1234.5'],
    ['412 345,67', '412345.67'],
    ['−1 071,31', '-1071.31'],
    ['-1 234,50', '-1234.5'],
    ['0,75', '0.75'],
    ['-6\u00a0784\u00a0923', '-6784923'],
    ['  17 632 921 ', '17632921'],
    ['+5', '5'],
    ['-0,00', '0'],
    ['007', '7'],
    ['12345678901234567890,123456789', '12345678901234567890.123456789'],
  ])('reads %j as %s', (text, expected) => {
    expect(valueOf(parseDecimal(text, comma))).toBe(expected);
  });

  it('reads 1200.50 when the decimal separator is a point', () => {
    expect(valueOf(parseDecimal('1200.50', { decimalSeparator: '.' }))).toBe('1200.5');
  });

  it.each(['1.234,50', '1200.50', '12 34,5', '1,2,3', '1 2345', 'abc', '1e5', '− 5', '5-', ',75'])(
    'rejects %j with a reason',
    (text) => {
      expect(reasonOf(parseDecimal(text, comma))).toMatch(/is not a number \(expected e\.g\. -1 234,50\)/);
    },
  );

  it('rejects a blank value as missing', () => {
    expect(reasonOf(parseDecimal('  ', comma))).toBe('value is missing');
  });

  it('sums 1 234,50 + −1 071,31 + 0,75 to exactly 163.94', () => {
    const total = ['1\u00a0234,50', '−1 071,31', '0,75']
      .map((text) => new Decimal(valueOf(parseDecimal(text, comma))))
      .reduce((sum, value) => sum.plus(value), new Decimal(0));
    expect(total.toFixed(2)).toBe('163.94');
  });
});

describe('parseAmount', () => {
  it('accepts cents', () => {
    expect(valueOf(parseAmount('-999 999 999 999,99', ','))).toBe('-999999999999.99');
  });

  it('rejects fractions of a cent instead of letting the database round them', () => {
    expect(reasonOf(parseAmount('1,005', ','))).toBe("'1,005' has more than 2 decimals");
  });

  it('rejects amounts beyond numeric(14,2)', () => {
    expect(reasonOf(parseAmount('1 000 000 000 000', ','))).toMatch(/too large/);
  });
});

describe('parseDate', () => {
  it.each([
    ['5.3.2024', '2024-03-05'],
    ['05.03.2024', '2024-03-05'],
    ['13.3.2024', '2024-03-13'],
    ['3.1.2011', '2011-01-03'],
    ['29.2.2024', '2024-02-29'],
    ['31.12.1999', '1999-12-31'],
    ['2024-03-05', '2024-03-05'],
  ])('reads %s as %s', (text, expected) => {
    expect(valueOf(parseDate(text, 'd.m.yyyy'))).toBe(expected);
  });

  it.each([
    ['31.2.2024', "'31.2.2024' is not a real date (month 2/2024 has 29 days)"],
    ['29.2.2023', "'29.2.2023' is not a real date (month 2/2023 has 28 days)"],
    ['31.4.2024', "'31.4.2024' is not a real date (month 4/2024 has 30 days)"],
    ['1.13.2024', "'1.13.2024' is not a real date (no month 13)"],
    ['0.1.2024', "'0.1.2024' is not a real date (no day 0)"],
    ['5.3.24', "'5.3.24' is not a date (expected d.m.yyyy, e.g. 5.3.2024)"],
    ['3/5/2024', "'3/5/2024' is not a date (expected d.m.yyyy, e.g. 5.3.2024)"],
    ['2024-03-05T10:00:00', "'2024-03-05T10:00:00' is not a date (expected d.m.yyyy, e.g. 5.3.2024)"],
    ['5.3.0024', "'5.3.0024' has an impossible year"],
  ])('rejects %s', (text, reason) => {
    expect(reasonOf(parseDate(text, 'd.m.yyyy'))).toBe(reason);
  });

  it('accepts only ISO dates when the profile says so', () => {
    expect(valueOf(parseDate('2024-03-05', 'yyyy-mm-dd'))).toBe('2024-03-05');
    expect(reasonOf(parseDate('5.3.2024', 'yyyy-mm-dd'))).toMatch(/expected yyyy-mm-dd/);
  });
});

describe('parseMinutes', () => {
  it.each([
    ['45', '45'],
    ['25,5', '25.5'],
    ['1440', '1440'],
    ['0,25', '0.25'],
  ])('reads %s as %s', (text, expected) => {
    expect(valueOf(parseMinutes(text, ','))).toBe(expected);
  });

  it.each([
    ['0', '0 minutes is not a duration (must be more than 0)'],
    ['-5', '-5 minutes is not a duration (must be more than 0)'],
    ['2000', '2000 minutes is more than a day (max 1440)'],
    ['1440,01', '1440,01 minutes is more than a day (max 1440)'],
    ['45 min', "'45 min' is not a number (expected e.g. -1 234,50)"],
  ])('rejects %s', (text, reason) => {
    expect(reasonOf(parseMinutes(text, ','))).toBe(reason);
  });
});

describe('parseWorkKind', () => {
  const codes = workKindCodes({ välitön: 'direct', V: 'direct', välillinen: 'indirect', VL: 'indirect' });

  it.each([
    ['välitön', 'direct'],
    [' VÄLITÖN ', 'direct'],
    ['v', 'direct'],
    ['V', 'direct'],
    ['välillinen', 'indirect'],
    ['vl', 'indirect'],
    ['va\u0308lito\u0308n', 'direct'],
  ])('maps %j to %s', (text, kind) => {
    expect(valueOf(parseWorkKind(text, codes))).toBe(kind);
  });

  it('rejects an unknown code naming the known ones', () => {
    expect(reasonOf(parseWorkKind('puhelu', codes))).toBe(
      "'puhelu' is not a known work kind (expected one of: välitön, V, välillinen, VL)",
    );
  });
});

describe('parseYear and parseMunicipalityCode', () => {
  it('reads a four-digit year', () => {
    expect(valueOf(parseYear(' 2011 '))).toBe(2011);
    expect(reasonOf(parseYear('11'))).toBe("'11' is not a year (e.g. 2011)");
  });

  it('restores leading zeros Excel dropped from a municipality code', () => {
    expect(valueOf(parseMunicipalityCode('5'))).toBe('005');
    expect(valueOf(parseMunicipalityCode('698'))).toBe('698');
    expect(reasonOf(parseMunicipalityCode('Rovaniemi'))).toMatch(/is not a municipality code/);
  });
});
