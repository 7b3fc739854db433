import { describe, expect, it } from '@jest/globals';
import { excelDateSerial, finnishDate, finnishDecimal, spreadsheetNumber } from './finnish-format.js';

describe('Finnish formats', () => {
  it('writes decimals with a comma, keeping every digit', () => {
    expect(finnishDecimal('1234.50')).toBe('1234,50');
    expect(finnishDecimal('-0.005')).toBe('-0,005');
    expect(finnishDecimal('12')).toBe('12');
    expect(finnishDecimal('12345678901234.99')).toBe('12345678901234,99');
    expect(() => finnishDecimal('1e3')).toThrow(TypeError);
    expect(() => finnishDecimal('1 234,5')).toThrow(TypeError);
  });

  it('writes dates as day.month.year without leading zeros', () => {
    expect(finnishDate('2025-01-01')).toBe('1.1.2025');
    expect(finnishDate('2011-12-31')).toBe('31.12.2011');
    expect(() => finnishDate('1.1.2025')).toThrow(TypeError);
  });

  it("gives Excel's serial day numbers from the calendar date alone", () => {
    expect(excelDateSerial('2025-01-01')).toBe(45658);
    expect(excelDateSerial('1900-03-01')).toBe(61);
    expect(excelDateSerial('2011-12-31')).toBe(40908);
    expect(excelDateSerial('2024-02-29')).toBe(45351);
  });

  it('turns a decimal string into the nearest number only for a spreadsheet cell', () => {
    expect(spreadsheetNumber('87.50')).toBe(87.5);
    // The largest numeric(14,2) amount: 14 significant digits survive the double exactly.
    expect(String(spreadsheetNumber('999999999999.99'))).toBe('999999999999.99');
    expect(() => spreadsheetNumber('NaN')).toThrow(TypeError);
  });
});
