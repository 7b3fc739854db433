import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import type { DecimalSeparator } from './profile-types.js';
import { readTable } from './read-table.js';
import type { DetectedFormat, TableRow } from './types.js';

async function workbookBytes(fill: (sheet: ExcelJS.Worksheet) => void, extraSheet = false): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Kirjaukset'));
  if (extraSheet) workbook.addWorksheet('Muuta').addRow(['ei tuoda']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function readXlsx(bytes: Buffer, decimalSeparator: DecimalSeparator = ','): Promise<TableRow[]> {
  const format = {
    encoding: 'auto',
    delimiter: 'auto',
    header: true,
    decimalSeparator,
    dateFormat: 'd.m.yyyy',
  } as const;
  const detected: DetectedFormat = { fileType: 'csv' };
  const rows: TableRow[] = [];
  for await (const row of readTable(Readable.from([bytes]), format, 'test.xlsx', detected)) rows.push(row);
  expect(detected.fileType).toBe('xlsx');
  return rows;
}

describe('readTable: XLSX', () => {
  it('gives numbers as plain decimals with the profile separator, without binary noise', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(['Summa', 'Kaava', 'Iso', 'Pieni', 'Kokonaisluku']);
      sheet.addRow([1200.5, { formula: '0.1+0.2', result: 0.30000000000000004 }, 1e21, 1e-7, 400183]);
    });
    expect((await readXlsx(bytes, ','))[1].cells).toEqual([
      '1200,5',
      '0,3',
      '1000000000000000000000',
      '0,0000001',
      '400183',
    ]);
    expect((await readXlsx(bytes, '.'))[1].cells[0]).toBe('1200.5');
  });

  // Other time zones: parse-xlsx.spec.ts runs the parser in child processes with TZ set.
  it('reads date cells as calendar dates, and a date with a time of day with its time', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(['Pvm', 'Sarjanumero', 'Aika']);
      const row = sheet.addRow([
        new Date(Date.UTC(2024, 2, 5)),
        45364,
        new Date(Date.UTC(2024, 2, 5, 8, 30)),
      ]);
      row.getCell(1).numFmt = 'd.m.yyyy';
      row.getCell(2).numFmt = 'd.m.yyyy';
      row.getCell(3).numFmt = 'd.m.yyyy h:mm';
    });
    expect((await readXlsx(bytes))[1].cells).toEqual(['2024-03-05', '2024-03-13', '2024-03-05T08:30:00']);
  });

  it('flattens rich text, hyperlinks, booleans and errors to text, and keeps row numbers as lines', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.getRow(1).values = ['Teksti', 'Linkki', 'Tosi', 'Virhe'];
      sheet.getRow(3).values = [
        { richText: [{ text: 'Yö' }, { text: 'hoito', font: { bold: true } }] },
        { text: 'ohje', hyperlink: 'https://example.org' },
        true,
        { error: '#N/A' },
      ];
    });
    expect(await readXlsx(bytes)).toEqual([
      { line: 1, cells: ['Teksti', 'Linkki', 'Tosi', 'Virhe'] },
      { line: 3, cells: ['Yöhoito', 'ohje', 'TRUE', '#N/A'] },
    ]);
  });

  it('reads the first worksheet only, with empty cells as empty strings', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(['a', 'b', 'c']);
      sheet.addRow([1, null, 3]);
    }, true);
    expect(await readXlsx(bytes)).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', '', '3'] },
    ]);
  });
});
