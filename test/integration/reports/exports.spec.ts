import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Response } from 'supertest';
import { reportTestApp, type ReportTestApp } from './setup.js';

let t: ReportTestApp;

beforeAll(async () => {
  t = await reportTestApp();
});
afterAll(async () => {
  await t.close();
});

/** The raw body of a file answer (supertest would parse text and leave binary undecoded). */
async function file(url: string): Promise<Response & { body: Buffer }> {
  return (await t
    .as('finance')
    .get(url)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    })
    .expect(200)) as Response & { body: Buffer };
}

async function workbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

describe('CSV for Finnish Excel', () => {
  it('writes the price list with BOM, semicolons, decimal commas, Finnish dates and CRLF', async () => {
    const res = await file('/api/v1/reports/price-list?year=2025&format=csv');
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="price-list\.csv"$/);
    const expected =
      '\uFEFFTuote;Nimi;Suoriteyksikkö;Voimassa alkaen;Asiakastyö h;Kustannus €;Hinta €/h\r\n' +
      'MAMU;Maahanmuuttajapalvelut;Asiakaspalvelu 60 min;1.1.2025;20,00;1300,00;65,00\r\n' +
      'TOTU;Toimeentulotukipalvelu;Asiakaspalvelu 60 min;1.1.2025;70,00;5450,00;77,86\r\n' +
      'LS-AVO;Lastensuojelun avohuollon palvelut;Asiakaspalvelu 60 min;1.1.2025;60,00;5250,00;87,50\r\n';
    expect(res.body.equals(Buffer.from(expected, 'utf8'))).toBe(true);
    expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes a report with its totals row', async () => {
    const res = await file('/api/v1/reports/working-time?year=2025&by=region&format=csv');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="working-time-2025-01-01-2025-12-31.csv"',
    );
    expect(res.body.toString('utf8')).toBe(
      '\uFEFFAlue;Nimi;Välitön asiakastyö h;Välillinen asiakastyö h;Asiakastyö yhteensä h;' +
        'Välittömän osuus %;Palkallinen työaika h;Asiakastyön osuus työajasta %\r\n' +
        'ETELA;Etelä;35,00;15,00;50,00;70,00;1600,00;3,13\r\n' +
        'POHJOINEN;Pohjoinen;55,00;45,00;100,00;55,00;2400,00;4,17\r\n' +
        'Yhteensä;;90,00;60,00;150,00;60,00;4000,00;3,75\r\n',
    );
  });
});

describe('XLSX', () => {
  it('stores prices as numbers with a number format, and 1.1.2025 as the date serial 45658', async () => {
    const res = await file('/api/v1/reports/price-list?year=2025&format=xlsx');
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const book = await workbook(res.body);
    const sheet = book.getWorksheet('Raportti');
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      'Tuote',
      'Nimi',
      'Suoriteyksikkö',
      'Voimassa alkaen',
      'Asiakastyö h',
      'Kustannus €',
      'Hinta €/h',
    ]);
    const price = sheet?.getCell('G3');
    expect(price?.type).toBe(ExcelJS.ValueType.Number);
    expect(price?.value).toBe(77.86);
    expect(price?.numFmt).toBe('#,##0.00');
    const prices = [2, 3, 4].map((r) => sheet?.getCell(`G${r}`).value as number);
    expect(prices).toEqual([65, 77.86, 87.5]);
    expect(sheet?.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    const date = sheet?.getCell('D2');
    expect(date?.numFmt).toBe('d.m.yyyy');
    expect(date?.value).toEqual(new Date(Date.UTC(2025, 0, 1)));
    // The sheet's XML: a plain numeric cell (no t="s" or t="str") holding the serial itself.
    const zip = await JSZip.loadAsync(res.body);
    const xml = await zip.file('xl/worksheets/sheet1.xml')?.async('string');
    expect(xml).toMatch(/<c r="D2" s="\d+"><v>45658<\/v><\/c>/);
    expect(xml).toMatch(/<c r="G3" s="\d+"><v>77\.86<\/v><\/c>/);
    const about = book.getWorksheet('Tiedot');
    expect(about?.getColumn(1).values).toContain('Hinnat 2025');
  });

  it('keeps a date serial whatever the process time zone', async () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
        process.env.TZ = tz;
        const res = await file('/api/v1/reports/price-list?year=2025&format=xlsx');
        const xml = await (await JSZip.loadAsync(res.body)).file('xl/worksheets/sheet1.xml')?.async('string');
        expect(xml).toMatch(/<c r="D2" s="\d+"><v>45658<\/v><\/c>/);
      }
    } finally {
      process.env.TZ = zone;
    }
  });

  it('writes hours and percentages of a report as numeric cells, totals last', async () => {
    const res = await file('/api/v1/reports/working-time?year=2025&by=worker&format=xlsx');
    const sheet = (await workbook(res.body)).getWorksheet('Raportti');
    expect(sheet?.getRow(2).values).toEqual([undefined, 'W1', 'Aino', 40, 10, 50, 80, 1600, 3.13]);
    expect(sheet?.getRow(5).values).toEqual([undefined, 'Yhteensä', undefined, 90, 60, 150, 60, 4000, 3.75]);
    expect(sheet?.getCell('H2').numFmt).toBe('0.00');
  });
});

describe('PDF price list (agreement appendix)', () => {
  it('renders a PDF naming the run and its hashes', async () => {
    const res = await file(
      '/api/v1/reports/price-list?year=2025&format=pdf&organization=Jyv%C3%A4skyl%C3%A4',
    );
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/filename="hinnasto-2025-tp-[0-9a-f]{8}\.pdf"/);
    expect(res.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = res.body.toString('latin1');
    expect(text).toContain(`Hinnasto 2025, laskenta-ajo ${t.runId}`);
    const run = (await t.as('finance').get(`/api/v1/runs/${t.runId}`).expect(200)).body;
    expect(text).toContain(`Tuloksen tiiviste ${run.outputHash}`);
    expect(text).toMatch(/\/Type \/Page\b/);
  });
});

describe('every report exports as CSV and XLSX', () => {
  const reports = [
    'working-time?year=2025',
    'workers/W1/working-time?year=2025&by=client',
    'cross-service-time?year=2025',
    'focus-areas?year=2025',
    'client-statistics?year=2025',
    'client-cost?year=2025',
    'billing-statement?year=2025',
    'special-compensation?year=2025',
    'price-composition?year=2025',
    'price-history?product=TOTU',
    'make-or-buy?year=2025',
    'price-list?year=2025',
  ];

  it.each(reports)('%s', async (report) => {
    const json = (await t.as('finance').get(`/api/v1/reports/${report}`).expect(200)).body;
    const csv = await file(`/api/v1/reports/${report}&format=csv`);
    const lines = csv.body.toString('utf8').split('\r\n');
    expect(lines[0]).toBe(`\uFEFF${json.columns.map((c: { label: string }) => c.label).join(';')}`);
    expect(lines).toHaveLength(json.rows.length + (json.totals ? 1 : 0) + 2);
    const sheet = (await workbook((await file(`/api/v1/reports/${report}&format=xlsx`)).body)).getWorksheet(
      'Raportti',
    );
    expect(sheet?.rowCount).toBe(json.rows.length + (json.totals ? 1 : 0) + 1);
    json.columns.forEach((column: { key: string; type: string }, i: number) => {
      const value = json.rows[0]?.[column.key];
      if (value === null || value === undefined) return;
      const cell = sheet?.getRow(2).getCell(i + 1);
      expect([column.key, cell?.type]).toEqual([
        column.key,
        column.type === 'text'
          ? ExcelJS.ValueType.String
          : column.type === 'date'
            ? ExcelJS.ValueType.Date
            : ExcelJS.ValueType.Number,
      ]);
    });
  });
});
