import { describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { Readable } from 'node:stream';
import { ImportFileError } from './errors.js';
import type { TableFormat } from './profile-types.js';
import { readTable } from './read-table.js';
import type { DetectedFormat, TableRow } from './types.js';

const format: TableFormat = {
  encoding: 'auto',
  delimiter: 'auto',
  header: true,
  decimalSeparator: ',',
  dateFormat: 'd.m.yyyy',
};

async function read(
  chunks: Buffer[],
  overrides: Partial<TableFormat> = {},
): Promise<{ rows: TableRow[]; detected: DetectedFormat }> {
  const detected: DetectedFormat = { fileType: 'csv' };
  const rows: TableRow[] = [];
  for await (const row of readTable(
    Readable.from(chunks),
    { ...format, ...overrides },
    'test.csv',
    detected,
  )) {
    rows.push(row);
  }
  return { rows, detected };
}

async function readError(chunks: Buffer[], overrides: Partial<TableFormat> = {}): Promise<ImportFileError> {
  try {
    await read(chunks, overrides);
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('expected an ImportFileError');
}

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

describe('readTable: encodings', () => {
  it('drops a UTF-8 byte-order mark before the first header', async () => {
    const { rows, detected } = await read([Buffer.from([0xef, 0xbb, 0xbf]), utf8('Pvm;Tili\r\n1;2\r\n')]);
    expect(rows[0].cells).toEqual(['Pvm', 'Tili']);
    expect(detected.encoding).toBe('utf-8');
  });

  it('recognises Windows-1252 and decodes Yöhoito', async () => {
    const { rows, detected } = await read([
      iconv.encode('Palvelutuote;Laji\r\nYöhoito;välitön\r\n', 'windows-1252'),
    ]);
    expect(rows[1].cells).toEqual(['Yöhoito', 'välitön']);
    expect(detected.encoding).toBe('windows-1252');
  });

  it('decides on the first non-ASCII byte, even far into the file', async () => {
    const ascii = utf8(`a;b\n${'x;1\n'.repeat(50_000)}`);
    const { rows, detected } = await read([ascii, iconv.encode('Yöhoito;2\n', 'windows-1252')]);
    expect(detected.encoding).toBe('windows-1252');
    expect(rows.at(-1)).toEqual({ line: 50_002, cells: ['Yöhoito', '2'] });
  });

  it('joins a UTF-8 letter split across two chunks', async () => {
    const bytes = utf8('Laji\nvälitön\n');
    const split = bytes.indexOf(0xa4);
    const { rows, detected } = await read([bytes.subarray(0, split), bytes.subarray(split)]);
    expect(rows[1].cells).toEqual(['välitön']);
    expect(detected.encoding).toBe('utf-8');
  });

  it('decodes UTF-16LE with a byte-order mark (Excel "Unicode text")', async () => {
    const { rows } = await read([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Laji\tTuote\r\nV\tYöhoito\r\n', 'utf16le'),
    ]);
    expect(rows[1].cells).toEqual(['V', 'Yöhoito']);
  });

  it('refuses Windows-1252 bytes in a file declared UTF-8, naming the line', async () => {
    const bytes = Buffer.concat([utf8('a;b\n1;2\n'), iconv.encode('Yöhoito;3\n', 'windows-1252')]);
    const error = await readError([bytes], { encoding: 'utf-8' });
    expect(error.code).toBe('INVALID_ENCODING');
    expect(error.line).toBe(3);
    expect(error.message).toContain('line 3');
  });

  it('refuses a UTF-8 file that turns invalid after the encoding was decided', async () => {
    const first = utf8(`Tuote;Laji\nYöhoito;välitön\n${'x;y\n'.repeat(10)}`);
    const error = await readError([first, Buffer.from([0x78, 0x3b, 0xe4, 0x0a])]);
    expect(error.code).toBe('INVALID_ENCODING');
    expect(error.line).toBe(13);
  });
});

describe('readTable: lines and delimiters', () => {
  it('numbers rows by physical line across CRLF, LF, CR, blank lines and quoted line breaks', async () => {
    const text = 'a;b\r\n1;2\r\n\r\n"x\r\ny";3\r\n4;"p\nq\nr"\n5;6\r7;8';
    const { rows } = await read([utf8(text)]);
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: [''] },
      { line: 4, cells: ['x\r\ny', '3'] },
      { line: 6, cells: ['4', 'p\nq\nr'] },
      { line: 9, cells: ['5', '6'] },
      { line: 10, cells: ['7', '8'] },
    ]);
  });

  it('sniffs ; for a headerless 4100;1200,50', async () => {
    const { rows, detected } = await read([utf8('4100;1200,50')], { header: false });
    expect(detected.delimiter).toBe(';');
    expect(rows).toEqual([{ line: 1, cells: ['4100', '1200,50'] }]);
  });

  it('sniffs , outside quotes and keeps quoted delimiters', async () => {
    const { rows, detected } = await read([
      utf8('"Nimi; pitkä",Summa\n"Aineet, tarvikkeet","-6\u00a0784"\n'),
    ]);
    expect(detected.delimiter).toBe(',');
    expect(rows[1].cells).toEqual(['Aineet, tarvikkeet', '-6\u00a0784']);
  });

  it('uses the profile delimiter when one is given', async () => {
    const { rows } = await read([utf8('a;b,c\n')], { delimiter: ',' });
    expect(rows[0].cells).toEqual(['a;b', 'c']);
  });

  it('keeps short and long rows for the mapper to reject', async () => {
    const { rows } = await read([utf8('a;b;c\n1;2\n1;2;3;4\n')]);
    expect(rows.map((row) => row.cells.length)).toEqual([3, 2, 4]);
  });

  it('refuses a quote that is never closed, naming the line where it starts', async () => {
    const error = await readError([utf8('a;b\n1;2\n3;"never closed\n4;5\n')]);
    expect(error.code).toBe('MALFORMED_CSV');
    expect(error.line).toBe(3);
  });

  it('refuses an old .xls workbook', async () => {
    const error = await readError([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])]);
    expect(error.code).toBe('UNSUPPORTED_FILE_TYPE');
  });
});
