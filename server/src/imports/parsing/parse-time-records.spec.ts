import { describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { Readable } from 'node:stream';
import { ImportFileError } from './errors.js';
import { parseTimeRecords } from './parse-time-records.js';
import type { TimeRecordProfile } from './profile-types.js';
import { efficaTimeV1 } from './profiles.js';
import type { ImportSource } from './byte-source.js';
import type { ParseSummary, Rejection, TimeRecordRow } from './types.js';

const fixtures = new URL('../../../../test/fixtures/imports/', import.meta.url).pathname;
// The examples of shared/formats and the Jyväskylä data, as copied into the repository (CI has no shared/).
const sharedFormats = new URL('../../../../test/fixtures/imports/', import.meta.url).pathname;
const HEADER =
  'Pvm;Työntekijä;Kustannuspaikka;Alue;Asiakas;Kotikunta;Palvelutuote;Kesto min;Työn laji;Asiakasryhmä';

const pseudonymize = (ref: string): string => createHmac('sha256', 'test-key').update(ref).digest('hex');

interface Parsed {
  records: TimeRecordRow[];
  rejections: Rejection[];
  summary: ParseSummary;
}

async function parse(source: ImportSource, profile: TimeRecordProfile = efficaTimeV1): Promise<Parsed> {
  const run = parseTimeRecords(source, profile, { pseudonymize, fileName: 'kirjaukset.csv' });
  const records: TimeRecordRow[] = [];
  const rejections: Rejection[] = [];
  for await (const event of run) {
    if (event.kind === 'record') records.push(event.record);
    else rejections.push(event.rejection);
  }
  return { records, rejections, summary: run.summary() };
}

async function parseError(
  source: ImportSource,
  profile: TimeRecordProfile = efficaTimeV1,
): Promise<ImportFileError> {
  try {
    await parse(source, profile);
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('expected an ImportFileError');
}

const text = (content: string): Readable => Readable.from([Buffer.from(content, 'utf8')]);

describe('parseTimeRecords', () => {
  it('parses the example export of shared/formats', async () => {
    const { records, rejections, summary } = await parse(`${sharedFormats}time-records-example.csv`);
    expect(rejections).toEqual([]);
    expect(summary).toMatchObject({ rowsRead: 7, rowsAccepted: 7, rowsRejected: 0, recordsEmitted: 7 });
    expect(records[0]).toEqual({
      line: 2,
      date: '2011-01-03',
      workerCode: 'T0012',
      costCenter: 'LS-POHJOINEN',
      region: 'Pohjoinen',
      clientKey: pseudonymize('400183'),
      homeMunicipality: '698',
      product: 'LS-ARVIOINTI',
      minutes: '45',
      kind: 'direct',
      clientGroups: [],
    });
    expect(records[6]).toMatchObject({
      line: 8,
      minutes: '25.5',
      kind: 'indirect',
      clientGroups: ['maahanmuuttaja'],
    });
  });

  it('never lets a raw client reference out of the parser', async () => {
    const { records } = await parse(`${sharedFormats}time-records-example.csv`);
    const output = JSON.stringify(records);
    for (const ref of ['400183', '400977', '512044', '530811']) expect(output).not.toContain(ref);
  });

  it('reads a file with a UTF-8 byte-order mark before the first header', async () => {
    const { records, summary } = await parse(`${fixtures}time-records-utf8-bom.csv`);
    expect(summary.detected).toEqual({ fileType: 'csv', encoding: 'utf-8', delimiter: ';' });
    expect(records.map((record) => [record.line, record.date, record.kind])).toEqual([
      [2, '2011-01-03', 'direct'],
      [3, '2011-01-04', 'indirect'],
    ]);
  });

  it('reads a Windows-1252 file with Yöhoito', async () => {
    const { records, summary } = await parse(`${fixtures}time-records-windows-1252.csv`);
    expect(summary.detected.encoding).toBe('windows-1252');
    expect(records.map((record) => [record.product, record.region, record.kind])).toEqual([
      ['Yöhoito', 'Etelä', 'direct'],
      ['Yöhoito', 'Etelä', 'indirect'],
    ]);
  });

  it('keeps 5.3.2024 as 5 March and 13.3.2024, and rejects bad rows with line, column and reason', async () => {
    const { records, rejections, summary } = await parse(`${fixtures}time-records-rejections.csv`);
    expect(records.map((record) => [record.line, record.date])).toEqual([
      [2, '2024-03-05'],
      [3, '2024-03-13'],
      [11, '2024-03-16'],
    ]);
    expect(records[2]).toMatchObject({ minutes: '25.5', clientGroups: ['maahanmuuttaja', 'tulkki'] });
    expect(rejections).toEqual([
      {
        line: 4,
        column: 'Kesto min',
        reason: 'Kesto min: 0 minutes is not a duration (must be more than 0)',
      },
      { line: 5, column: 'Kesto min', reason: 'Kesto min: 2000 minutes is more than a day (max 1440)' },
      { line: 7, column: 'Työn laji', reason: 'Työn laji: missing, the row has only 8 of 10 columns' },
      {
        line: 8,
        column: 'Työn laji',
        reason: "Työn laji: 'puhelu' is not a known work kind (expected one of: välitön, V, välillinen, VL)",
      },
      { line: 9, column: 'Pvm', reason: "Pvm: '31.2.2024' is not a real date (month 2/2024 has 29 days)" },
      { line: 10, column: 'Asiakas', reason: 'Asiakas: value is missing' },
    ]);
    expect(summary).toMatchObject({ rowsRead: 9, rowsAccepted: 3, rowsRejected: 6, blankRowsSkipped: 1 });
    expect(summary.rowsRead).toBe(summary.rowsAccepted + summary.rowsRejected);
  });

  it('rejects a row with values beyond the header', async () => {
    const { rejections } = await parse(text(`${HEADER}\n3.1.2011;T1;LS;;4001;698;LS-AVO;45;V;;extra\n`));
    expect(rejections).toEqual([
      expect.objectContaining({
        line: 2,
        column: 'column 11',
        reason: expect.stringContaining('11 columns'),
      }),
    ]);
  });

  it('never quotes a client reference in a reason, even from a misaligned column', async () => {
    const { rejections } = await parse(text(`${HEADER}\n3.1.2011;T1;LS;;4001234;4001234;LS-AVO;45;V;\n`));
    expect(rejections).toEqual([
      {
        line: 2,
        column: 'Kotikunta',
        reason: "Kotikunta: '(client reference)' is not a municipality code (3 digits, e.g. 698)",
      },
    ]);
  });

  it('ignores empty header cells after the last column', async () => {
    const { records, rejections } = await parse(text(`${HEADER};;\n3.1.2011;T1;LS;;4001;698;LS-AVO;45;V;\n`));
    expect([records.length, rejections]).toEqual([1, []]);
  });

  it('takes a source record id from the optional Tunniste column', async () => {
    const file = `Tunniste;${HEADER}\nR-1;3.1.2011;T1;LS;;4001;5;LS-AVO;45;V;\nR-2;3.1.2011;T1;LS;;4001;5;LS-AVO;45;V;\n`;
    const { records } = await parse(text(file));
    expect(records.map((record) => [record.sourceRecordId, record.homeMunicipality, record.region])).toEqual([
      ['R-1', '005', undefined],
      ['R-2', '005', undefined],
    ]);
  });

  it('refuses a file without a required column, naming the column and the file', async () => {
    const error = await parseError(text('Pvm;Työntekijä;Kustannuspaikka;Asiakas;Palvelutuote;Työn laji\n'));
    expect(error).toMatchObject({
      code: 'MISSING_COLUMN',
      fileName: 'kirjaukset.csv',
      line: 1,
      column: 'Kesto min',
    });
    expect(error.message).toBe(
      'The file "kirjaukset.csv" has no column "Kesto min" in its header row (line 1), which this import profile needs.',
    );
  });

  it('refuses an empty file', async () => {
    expect((await parseError(text('\r\n\r\n'))).code).toBe('EMPTY_FILE');
  });

  it('names columns by position in a headerless file', async () => {
    const headerless: TimeRecordProfile = {
      ...efficaTimeV1,
      id: 'effica-time-headerless',
      format: { ...efficaTimeV1.format, header: false },
      columns: { date: 1, workerCode: 2, costCenter: 3, clientRef: 5, product: 7, minutes: 8, kind: 9 },
    };
    const { records, rejections } = await parse(
      text('3.1.2011;T1;LS;;4001;698;LS-AVO;45;V\n3.1.2011;T1;LS;;4001;698;LS-AVO;2000;V\n'),
      headerless,
    );
    expect(records).toHaveLength(1);
    expect(rejections).toEqual([
      { line: 2, column: 'column 8', reason: 'column 8: 2000 minutes is more than a day (max 1440)' },
    ]);
  });

  it('closes the source when the consumer stops early', async () => {
    let closed = false;
    async function* source(): AsyncGenerator<Buffer> {
      try {
        yield Buffer.from(`${HEADER}\n`);
        for (let i = 0; i < 100_000; i++) yield Buffer.from('3.1.2011;T1;LS;;4001;698;LS-AVO;45;V;\n');
      } finally {
        closed = true;
      }
    }
    const events = parseTimeRecords(source(), efficaTimeV1, { pseudonymize })[Symbol.asyncIterator]();
    expect((await events.next()).value).toMatchObject({ kind: 'record' });
    await events.return?.(undefined);
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toBe(true);
  });

  it('gives the summary only after the run has been read', () => {
    const run = parseTimeRecords(text(HEADER), efficaTimeV1, { pseudonymize });
    expect(() => run.summary()).toThrow(/once every event has been read/);
  });
});

describe('parseTimeRecords: henkilötunnus', () => {
  it('refuses the whole file, naming line and column but never the value', async () => {
    const error = await parseError(`${fixtures}time-records-hetu.csv`);
    expect(error).toMatchObject({
      code: 'PERSONAL_ID_FOUND',
      fileName: 'kirjaukset.csv',
      line: 3,
      column: 'Asiakasryhmä',
    });
    expect(error.message).toContain('line 3');
    expect(error.message).toContain('column "Asiakasryhmä"');
    const everything = [error.message, String(error), error.stack ?? '', JSON.stringify(error)].join('\n');
    expect(everything).not.toContain('131052');
    expect(everything).not.toContain('308T');
  });

  it('looks in the header row too, without quoting it', async () => {
    const error = await parseError(text(`${HEADER};131052-308T\n`));
    expect(error).toMatchObject({ code: 'PERSONAL_ID_FOUND', line: 1, column: 'column 11' });
  });

  it('looks in cells beyond the header', async () => {
    const error = await parseError(text(`${HEADER}\n3.1.2011;T1;LS;;4001;698;LS-AVO;45;V;;x 131052-308T\n`));
    expect(error).toMatchObject({ code: 'PERSONAL_ID_FOUND', line: 2, column: 'column 11' });
  });

  it('imports a file whose look-alike code has a wrong check character', async () => {
    const { records } = await parse(`${fixtures}time-records-hetu-invalid-checksum.csv`);
    expect(records).toHaveLength(2);
  });
});
