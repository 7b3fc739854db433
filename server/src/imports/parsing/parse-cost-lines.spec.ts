import { beforeAll, describe, expect, it } from '@jest/globals';
import { parse as parseCsvSync } from 'csv-parse/sync';
import { Decimal } from 'decimal.js';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { ImportSource } from './byte-source.js';
import { ImportFileError } from './errors.js';
import { parseCostLines, type CostLineParseOptions } from './parse-cost-lines.js';
import type { CostLineProfile } from './profile-types.js';
import { jyvaskyla2011, ledgerHeaderlessV1, ledgerV1 } from './profiles.js';
import type { CostLineRow, ParseSummary, Rejection } from './types.js';

const fixtures = new URL('../../../../test/fixtures/imports/', import.meta.url).pathname;
// The examples of shared/formats and the Jyväskylä data, as copied into the repository (CI has no shared/).
const sharedFormats = new URL('../../../../test/fixtures/imports/', import.meta.url).pathname;
const jyvaskylaFile = new URL(
  '../../../../data/jyvaskyla-2011/JKL_talousarvio_ja_toteuma_2011.csv',
  import.meta.url,
).pathname;

interface Parsed {
  lines: CostLineRow[];
  rejections: Rejection[];
  summary: ParseSummary;
}

async function parse(
  source: ImportSource,
  profile: CostLineProfile,
  options: CostLineParseOptions = {},
): Promise<Parsed> {
  const run = parseCostLines(source, profile, options);
  const lines: CostLineRow[] = [];
  const rejections: Rejection[] = [];
  for await (const event of run) {
    if (event.kind === 'record') lines.push(event.record);
    else rejections.push(event.rejection);
  }
  return { lines, rejections, summary: run.summary() };
}

const total = (amounts: string[]): string =>
  amounts.reduce((sum, amount) => sum.plus(amount), new Decimal(0)).toFixed(2);

const text = (content: string): Readable => Readable.from([Buffer.from(content, 'utf8')]);

describe('parseCostLines: ledger-v1', () => {
  it('parses the example ledger of shared/formats', async () => {
    const { lines, rejections } = await parse(`${sharedFormats}ledger-example.csv`, ledgerV1);
    expect(rejections).toEqual([]);
    expect(lines).toHaveLength(8);
    expect(lines[0]).toEqual({
      line: 2,
      year: 2011,
      version: 'TP',
      costCenter: 'LS-POHJOINEN',
      account: '4000',
      accountName: 'Palkat',
      amount: '318640.12',
    });
    expect(lines[7]).toMatchObject({ costCenter: 'AIKUIS', amount: '-1234.5' });
    expect(total(lines.map((line) => line.amount))).toBe('915645.50');
  });

  it('sums 1 234,50 (no-break space), −1 071,31 (minus sign) and 0,75 to 163.94', async () => {
    const { lines, rejections } = await parse(`${fixtures}ledger-finnish-amounts.csv`, ledgerV1);
    expect(rejections).toEqual([]);
    expect(lines.map((line) => line.amount)).toEqual(['1234.5', '-1071.31', '0.75']);
    expect(total(lines.map((line) => line.amount))).toBe('163.94');
  });

  it('rejects amounts it cannot store exactly, and a bad year', async () => {
    const file =
      'Vuosi;Versio;Kustannuspaikka;Tili;Tilin nimi;Euroa\n2011;TP;A;4000;;1,005\n11;TP;A;4000;;1\n';
    const { rejections, summary } = await parse(text(file), ledgerV1);
    expect(rejections).toEqual([
      { line: 2, column: 'Euroa', reason: "Euroa: '1,005' has more than 2 decimals" },
      { line: 3, column: 'Vuosi', reason: "Vuosi: '11' is not a year (e.g. 2011)" },
    ]);
    expect(summary).toMatchObject({ rowsRead: 2, rowsAccepted: 0, rowsRejected: 2, recordsEmitted: 0 });
  });
});

describe('parseCostLines: headerless', () => {
  const defaults = { year: 2024, version: 'TA', costCenter: 'HALLINTO' };

  it('reads 4100;1200,50 with ; sniffed and year, version and cost center given with the import', async () => {
    const { lines, summary } = await parse(`${fixtures}ledger-headerless.csv`, ledgerHeaderlessV1, {
      defaults,
    });
    expect(summary.detected.delimiter).toBe(';');
    expect(lines).toEqual([
      { line: 1, year: 2024, version: 'TA', costCenter: 'HALLINTO', account: '4100', amount: '1200.5' },
    ]);
  });

  it('refuses to guess year, version or cost center', async () => {
    const run = parseCostLines(`${fixtures}ledger-headerless.csv`, ledgerHeaderlessV1, {
      defaults: { version: 'TA' },
    });
    await expect(run[Symbol.asyncIterator]().next()).rejects.toMatchObject({
      code: 'MISSING_IMPORT_SETTING',
      message: expect.stringContaining('year, cost center'),
    });
  });

  it('rejects a row shorter than the mapped positions', async () => {
    const { rejections } = await parse(text('4100;1200,50\n4200\n'), ledgerHeaderlessV1, { defaults });
    expect(rejections).toEqual([
      { line: 2, column: 'column 2', reason: 'column 2: missing, the row has only 1 of 2 columns' },
    ]);
  });
});

describe('parseCostLines: jyvaskyla-2011', () => {
  const reference = (): Record<string, string>[] =>
    parseCsvSync(readFileSync(jyvaskylaFile), { columns: true }) as Record<string, string>[];
  const euros = (value: string): string => value.replace(/\u00a0/g, '');
  let parsed: Parsed;

  beforeAll(async () => {
    parsed = await parse(jyvaskylaFile, jyvaskyla2011);
  });

  it('parses all 2 191 rows into 4 382 cost lines without a rejection', () => {
    const { lines, rejections, summary } = parsed;
    expect(rejections).toEqual([]);
    expect(summary).toMatchObject({ rowsRead: 2191, rowsAccepted: 2191, recordsEmitted: 4382 });
    expect(summary.detected).toEqual({ fileType: 'csv', encoding: 'utf-8', delimiter: ',' });
    expect(lines).toHaveLength(4382);
  });

  it('gives known values for unit 1111MR350.11, account 472000', () => {
    const { lines } = parsed;
    const social = lines.filter((line) => line.costCenter === '1111MR350.11' && line.account === '472000');
    expect(social.map((line) => [line.version, line.amount])).toEqual([
      ['TA', '17763614'],
      ['TP', '17632921'],
    ]);
    expect(social[1]).toMatchObject({
      year: 2011,
      costCenterName: 'Sosiaali- ja perhepa',
      attributes: { level03Code: '1111PAL300.11', level03Name: 'Sosiaali- ja terveys' },
    });
    expect(social[1].accountName).not.toMatch(/^TILI\//);
  });

  it('strips TILI/ from accounts and keeps the hierarchy as attributes', () => {
    const { lines } = parsed;
    expect(lines[1]).toEqual({
      line: 2,
      year: 2011,
      version: 'TP',
      costCenter: '1111MR600.11',
      costCenterName: 'Maa- ja vesialueet',
      account: '464100',
      accountName: 'Valmiin käyttöomaisuuden aktivointi',
      amount: '-6784923',
      attributes: {
        level00Code: 'Rapo2011hierarkia Taso 00 - Avain',
        level00Name: 'Rapo2011hierarkia Taso 00 - Avain',
        level03Code: '1111PA600.11',
        level03Name: 'Investointiosa kaupu',
        summaryLevel: 'Aineet, tarvikkeet ja tavarat',
      },
    });
  });

  it('matches the TA and TP totals of the whole file', () => {
    const { lines } = parsed;
    const byVersion = (version: string): string =>
      total(lines.filter((line) => line.version === version).map((line) => line.amount));
    const rows = reference();
    // Independent figures: csv-parse's sync API here, and Python's csv module when the test was written.
    expect(byVersion('TA')).toBe(total(rows.map((row) => euros(row['Budjetti eur']))));
    expect(byVersion('TP')).toBe(total(rows.map((row) => euros(row['Toteuma eur']))));
    expect(byVersion('TA')).toBe('550018703.00');
    expect(byVersion('TP')).toBe('556464036.00');
  });

  it('rejects an account not in the TILI/ form', async () => {
    const header = readFileSync(jyvaskylaFile, 'utf8').split('\r\n')[0];
    const row = 'a,b,c,d,1111MR350.11,Sos,S,S,4000 Palkat,4000,1,2';
    const { rejections } = await parse(text(`${header}\r\n${row}\r\n`), jyvaskyla2011);
    expect(rejections).toEqual([
      {
        line: 2,
        column: 'Tilinumero Taso 0 - Avain - Category Code',
        reason: "Tilinumero Taso 0 - Avain - Category Code: '4000' is not in the expected form",
      },
    ]);
  });

  it('refuses the file when a profile column is missing', async () => {
    const error = await parse(text('Budjetti eur,Toteuma eur\r\n1,2\r\n'), jyvaskyla2011).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).message).toContain(
      '"Rapo2011hierarkia Taso 05 - Avain - Category Code"',
    );
  });
});
