import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCostLines } from './parse-cost-lines.js';
import { parseTimeRecords } from './parse-time-records.js';
import { efficaTimeV1, ledgerHeaderlessV1 } from './profiles.js';
import type { ParseRun, TimeRecordRow } from './types.js';

const fixtures = new URL('../../../../test/fixtures/imports/', import.meta.url).pathname;

const HEADER = ['Pvm', 'Työntekijä', 'Kustannuspaikka', 'Alue', 'Asiakas', 'Kotikunta', 'Palvelutuote'];
const HEADER_END = ['Kesto min', 'Työn laji', 'Asiakasryhmä'];
type Cells = [string, string, string, string, number, number, string, number, string, string];
const ROWS: Cells[] = [
  ['3.1.2011', 'T0012', 'LS-POHJOINEN', 'Pohjoinen', 400183, 698, 'LS-ARVIOINTI', 45, 'välitön', ''],
  ['5.3.2024', 'T0031', 'LS-ETELA', 'Etelä', 400977, 758, 'Yöhoito', 25.5, 'VL', ''],
  [
    '13.3.2024',
    'T0107',
    'AIKUIS',
    'Keskusta',
    530811,
    5,
    'MAAHANMUUTTO',
    1200.5,
    'välitön',
    'maahanmuuttaja',
  ],
  ['31.12.2024', 'T0107', 'AIKUIS', 'Keskusta', 530811, 698, 'MAAHANMUUTTO', 2000, 'välitön', ''],
];

/** Excel keeps a date as a day number; writing UTC midnight makes exceljs store exactly that number. */
function excelDate(finnish: string): Date {
  const [day, month, year] = finnish.split('.').map((part) => parseInt(part, 10));
  return new Date(Date.UTC(year, month - 1, day));
}

function csvText(): string {
  const csvCell = (cell: string | number): string =>
    typeof cell === 'number' ? String(cell).replace('.', ',') : cell;
  return [[...HEADER, ...HEADER_END], ...ROWS].map((row) => row.map(csvCell).join(';')).join('\r\n');
}

async function writeXlsx(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Suoritteet');
  sheet.addRow([...HEADER, ...HEADER_END]);
  for (const [date, ...rest] of ROWS) sheet.addRow([excelDate(date), ...rest]).getCell(1).numFmt = 'd.m.yyyy';
  await workbook.xlsx.writeFile(path);
}

async function collect<T>(run: ParseRun<T>): Promise<{ records: T[]; reasons: string[] }> {
  const records: T[] = [];
  const reasons: string[] = [];
  for await (const event of run) {
    if (event.kind === 'record') records.push(event.record);
    else reasons.push(`${event.rejection.line}: ${event.rejection.reason}`);
  }
  return { records, reasons };
}

const pseudonymize = (ref: string): string => `key:${ref}`;

describe('XLSX gives the same records as the equivalent CSV', () => {
  let folder: string;
  let csvPath: string;
  let xlsxPath: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'tuotteisto-xlsx-'));
    csvPath = join(folder, 'suoritteet.csv');
    xlsxPath = join(folder, 'suoritteet.xlsx');
    writeFileSync(csvPath, csvText());
    await writeXlsx(xlsxPath);
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('in this process', async () => {
    const fromCsv = await collect(parseTimeRecords(csvPath, efficaTimeV1, { pseudonymize }));
    const fromXlsx = await collect(parseTimeRecords(xlsxPath, efficaTimeV1, { pseudonymize }));
    expect(fromXlsx).toEqual(fromCsv);
    expect(fromCsv.records.map((record) => [record.date, record.minutes, record.homeMunicipality])).toEqual([
      ['2011-01-03', '45', '698'],
      ['2024-03-05', '25.5', '758'],
      ['2024-03-13', '1200.5', '005'],
    ]);
    expect(fromCsv.reasons).toEqual(['5: Kesto min: 2000 minutes is more than a day (max 1440)']);
  });

  it.each(['Europe/Helsinki', 'America/Los_Angeles'])('under TZ=%s, with no date shifted', (timeZone) => {
    const output = execFileSync(
      process.execPath,
      ['--import', `${fixtures}ts-loader.mjs`, `${fixtures}parse-time-records.mjs`, csvPath, xlsxPath],
      { env: { ...process.env, TZ: timeZone }, encoding: 'utf8' },
    );
    const { timeZoneOffset, files } = JSON.parse(output) as {
      timeZoneOffset: number;
      files: { records: TimeRecordRow[] }[];
    };
    expect(timeZoneOffset).toBe(timeZone === 'Europe/Helsinki' ? -120 : 480);
    const [fromCsv, fromXlsx] = files.map((file) => file.records);
    expect(fromXlsx).toEqual(fromCsv);
    expect(fromXlsx.map((record) => record.date)).toEqual(['2011-01-03', '2024-03-05', '2024-03-13']);
  });

  it('for a headerless ledger with a numeric amount cell', async () => {
    const path = join(folder, 'kirjanpito.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Kirjanpito').addRow([4100, 1200.5]);
    await workbook.xlsx.writeFile(path);
    const defaults = { year: 2024, version: 'TA', costCenter: 'HALLINTO' };
    const fromXlsx = await collect(parseCostLines(path, ledgerHeaderlessV1, { defaults }));
    const fromCsv = await collect(
      parseCostLines(`${fixtures}ledger-headerless.csv`, ledgerHeaderlessV1, { defaults }),
    );
    expect(fromXlsx).toEqual(fromCsv);
    expect(fromXlsx.records[0]).toMatchObject({ account: '4100', amount: '1200.5' });
  });
});
