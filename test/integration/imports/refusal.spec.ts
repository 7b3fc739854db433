// A file holding a henkilötunnus is refused whole: nothing of it is stored, the answer says where (line
// and column) but never what, and no log line carries the value.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { Logger, type LoggerService } from '@nestjs/common';
import { ImportRefusedError } from '../../../server/src/imports/import-errors.js';
import { ImportsService } from '../../../server/src/imports/imports.service.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import {
  efficaFile,
  efficaRow,
  fixture,
  importTableCounts,
  ledgerImport,
  seedRegisters,
  tempFolder,
  timeImport,
} from './import-support.js';

const HETU = '131052-308T'; // the documented example: valid check character
const CLIENT_REF = '400183';

describe('refusing a file with a personal identity code', () => {
  let t: TestApp;
  let imports: ImportsService;
  const files = tempFolder();
  let output: string[];

  beforeAll(async () => {
    t = await createTestApp();
    imports = t.app.get(ImportsService);
    await seedRegisters(t.db.dataSource);
  });

  afterAll(async () => {
    await t.close();
    files.cleanup();
  });

  // Everything the application could log: Nest's logger at every level, the console and both streams.
  beforeEach(() => {
    output = [];
    const keep = (...parts: unknown[]): void => void output.push(parts.map(String).join(' '));
    const capture: LoggerService = {
      log: keep,
      error: keep,
      warn: keep,
      debug: keep,
      verbose: keep,
      fatal: keep,
    };
    Logger.overrideLogger(capture);
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      jest.spyOn(console, level).mockImplementation(keep);
    }
    for (const stream of [process.stdout, process.stderr]) {
      const write = stream.write.bind(stream);
      jest.spyOn(stream, 'write').mockImplementation((chunk: unknown, ...rest: unknown[]) => {
        keep(chunk);
        return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
      });
    }
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  const loggedText = (): string => output.join('\n');

  it('answers the upload with 422, the line and column, and stores nothing of the file', async () => {
    const before = await importTableCounts(t.db.dataSource);
    const response = await t
      .as('finance')
      .post('/api/v1/imports/time-records')
      .attach('file', fixture('time-records-hetu.csv'))
      .expect(422);
    expect(response.body).toMatchObject({
      code: 'IMPORT_FILE_REJECTED',
      details: {
        fileName: 'time-records-hetu.csv',
        line: 3,
        column: 'Asiakasryhmä',
        reason: 'PERSONAL_ID_FOUND',
        batchId: expect.any(String),
      },
    });
    expect(response.text).not.toContain(HETU);
    expect(response.text).not.toContain(CLIENT_REF);

    const after = await importTableCounts(t.db.dataSource);
    // Only the audit record of the refusal: one batch, one file-level rejection naming line and column.
    expect(after).toEqual({
      ...before,
      import_batches: before.import_batches + 1,
      import_rejections: before.import_rejections + 1,
    });
    const batch = await t.as('finance').get(`/api/v1/imports/${response.body.details.batchId}`).expect(200);
    expect(batch.body).toMatchObject({ status: 'refused', rowsRead: 0, rowsImported: 0, recordsStored: 0 });
    expect(batch.body.rejections).toEqual([
      { line: 3, column: 'Asiakasryhmä', reason: expect.stringContaining('line 3') },
    ]);
    expect(batch.text).not.toContain(HETU);

    const stored = JSON.stringify(
      await t.db.dataSource.query(
        'SELECT b.*, r.* FROM import_batches b LEFT JOIN import_rejections r ON r.batch_id = b.id',
      ),
    );
    expect(stored).not.toContain(HETU);
    expect(stored).not.toContain(CLIENT_REF);
    expect(loggedText()).toContain('refused');
    expect(loggedText()).not.toContain(HETU);
    expect(loggedText()).not.toContain(CLIENT_REF);
  });

  it('stores nothing when the code is on the last line of thousands of valid rows', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => efficaRow(i));
    const last = `31.12.2011;T0012;LS-POHJOINEN;Pohjoinen;${HETU};698;LS-AVO;30;välitön;`;
    const file = files.write('big-with-hetu.csv', efficaFile([...rows, last]));
    const before = await importTableCounts(t.db.dataSource);

    const refusal = await imports.importFile(timeImport(file)).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ImportRefusedError);
    expect((refusal as ImportRefusedError).refusal).toMatchObject({
      line: 5002,
      column: 'Asiakas',
      reason: 'PERSONAL_ID_FOUND',
    });
    expect((refusal as ImportRefusedError).message).not.toContain(HETU);

    const after = await importTableCounts(t.db.dataSource);
    expect(after.time_records).toBe(before.time_records);
    expect(after.import_batches).toBe(before.import_batches + 1);
    const [batch] = await t.db.dataSource.query('SELECT * FROM import_batches WHERE id = $1', [
      (refusal as ImportRefusedError).refusal.batchId,
    ]);
    const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
    expect(batch).toMatchObject({ status: 'refused', file_sha256: sha256, rows_read: 0, rows_imported: 0 });
    expect(loggedText()).not.toContain(HETU);

    // The same rows without the code import in full: the refusal was the file's, not the rows'.
    const clean = files.write('big-clean.csv', efficaFile(rows));
    const report = await imports.importFile(timeImport(clean));
    expect(report).toMatchObject({ rowsRead: 5000, rowsRejected: 0, rowsImported: report.recordsStored });
    expect(report.rowsImported + report.rowsDuplicate).toBe(5000);
  });

  it('stores nothing of a ledger whose last line holds a code', async () => {
    const lines = Array.from(
      { length: 2000 },
      (_, i) => `2024;TP;KP${i % 50};${4000 + (i % 100)};Tili;${i},50`,
    );
    const file = files.write(
      'ledger-with-hetu.csv',
      [
        'Vuosi;Versio;Kustannuspaikka;Tili;Tilin nimi;Euroa',
        ...lines,
        `2024;TP;KP1;4000;soitto ${HETU};1,00`,
      ].join('\n'),
    );
    const before = await importTableCounts(t.db.dataSource);
    await expect(imports.importFile(ledgerImport(file))).rejects.toMatchObject({
      refusal: { line: 2002, column: 'Tilin nimi', reason: 'PERSONAL_ID_FOUND' },
    });
    const after = await importTableCounts(t.db.dataSource);
    expect(after).toMatchObject({ cost_lines: before.cost_lines, accounts: before.accounts });
  });

  it('never stores or reports a file name that holds a code', async () => {
    const file = files.write(`asiakas ${HETU}.csv`, efficaFile([efficaRow(1)]));
    const report = await imports.importFile(timeImport(file));
    expect(report.fileName).not.toContain(HETU);
    expect(loggedText()).not.toContain(HETU);
  });
});
