import { describe, expect, it } from '@jest/globals';
import { csvField, csvValue, toCsv } from './csv.js';
import type { ExportTable } from './export-table.js';

describe('CSV for Finnish Excel', () => {
  it('quotes a field only when it must, doubling quotes inside', () => {
    expect(csvField('Lastensuojelu')).toBe('Lastensuojelu');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('sanoi "hei"')).toBe('"sanoi ""hei"""');
    expect(csvField('rivi\r\nrivi')).toBe('"rivi\r\nrivi"');
    expect(csvField(' reunat ')).toBe('" reunat "');
    expect(csvField('')).toBe('');
  });

  it('formats values by column type: decimal comma, Finnish dates, no thousands separators', () => {
    expect(csvValue('1234.50', { key: 'x', label: 'x', type: 'money' })).toBe('1234,50');
    expect(csvValue('12.5', { key: 'x', label: 'x', type: 'percent' })).toBe('12,5');
    expect(csvValue(3, { key: 'x', label: 'x', type: 'integer' })).toBe('3');
    expect(csvValue('2025-01-01', { key: 'x', label: 'x', type: 'date' })).toBe('1.1.2025');
    expect(csvValue(null, { key: 'x', label: 'x', type: 'money' })).toBe('');
  });

  it('keeps text that looks like a formula from being run by Excel', () => {
    expect(csvValue('=HYPERLINK("x")', { key: 'x', label: 'x', type: 'text' })).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvValue('-5', { key: 'x', label: 'x', type: 'text' })).toBe("'-5");
    expect(csvValue('-5', { key: 'x', label: 'x', type: 'money' })).toBe('-5');
  });

  it('writes a BOM, semicolons and CRLF, with totals last', () => {
    const table: ExportTable = {
      title: 't',
      columns: [
        { key: 'code', label: 'Tuote', type: 'text' },
        { key: 'price', label: 'Hinta €/h', type: 'money' },
      ],
      rows: [
        { code: 'LS-AVO', price: '87.50' },
        { code: 'Ä;Ö', price: '65.00' },
      ],
      totals: { code: null, price: '152.50' },
    };
    const bytes = toCsv(table);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe(
      '\uFEFFTuote;Hinta €/h\r\nLS-AVO;87,50\r\n"Ä;Ö";65,00\r\nYhteensä;152,50\r\n',
    );
  });
});
