// Kinds of input other importers got wrong (issue 3), each imported and checked in the database.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ImportsService } from '../../../server/src/imports/imports.service.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { fixture, ledgerImport, seedRegisters, timeImport } from './import-support.js';

describe('imported file formats', () => {
  let t: TestApp;
  let imports: ImportsService;
  const sql = <T>(query: string, params: unknown[] = []): Promise<T[]> =>
    t.db.dataSource.query(query, params);

  beforeAll(async () => {
    t = await createTestApp();
    imports = t.app.get(ImportsService);
    await seedRegisters(t.db.dataSource);
  });

  afterAll(async () => {
    await t.close();
  });

  it('reads a header behind a UTF-8 byte-order mark', async () => {
    const report = await imports.importFile(timeImport(fixture('time-records-utf8-bom.csv')));
    expect(report).toMatchObject({ status: 'completed', rowsRead: 2, rowsImported: 2, rowsRejected: 0 });
    const rows = await sql<{ record_date: string; worker_code: string; kind: string }>(
      'SELECT record_date, worker_code, kind FROM time_records WHERE import_batch_id = $1 ORDER BY record_date',
      [report.batchId],
    );
    expect(rows).toEqual([
      { record_date: '2011-01-03', worker_code: 'T0012', kind: 'direct' },
      { record_date: '2011-01-04', worker_code: 'T0031', kind: 'indirect' },
    ]);
  });

  it('stores the text of a Windows-1252 file as it reads: Yöhoito, Etelä', async () => {
    const report = await imports.importFile(timeImport(fixture('time-records-windows-1252.csv')));
    expect(report).toMatchObject({ rowsRead: 2, rowsImported: 2, rowsRejected: 0 });
    const rows = await sql<{ product_code: string; region_code: string; minutes: string }>(
      'SELECT product_code, region_code, minutes FROM time_records WHERE import_batch_id = $1 ORDER BY minutes',
      [report.batchId],
    );
    expect(rows).toEqual([
      { product_code: 'Yöhoito', region_code: 'Etelä', minutes: '30' },
      { product_code: 'Yöhoito', region_code: 'Etelä', minutes: '480' },
    ]);
    const [named] = await sql<{ n: number }>(
      "SELECT count(*)::int AS n FROM time_records WHERE product_code = 'Yöhoito'",
    );
    expect(named.n).toBe(2);
  });

  it('imports a headerless 4100;1200,50 ledger with the settings given: 1200.50 on account 4100', async () => {
    const defaults = { year: 2024, version: 'TA', costCenter: 'HALLINTO' };
    const report = await imports.importFile(
      ledgerImport(fixture('ledger-headerless.csv'), { profile: 'ledger-headerless-v1', defaults }),
    );
    expect(report).toMatchObject({ rowsRead: 1, rowsImported: 1, recordsStored: 1 });
    const rows = await sql(
      'SELECT year, version, cost_center_code, account_code, amount::text FROM cost_lines WHERE import_batch_id = $1',
      [report.batchId],
    );
    expect(rows).toEqual([
      { year: 2024, version: 'TA', cost_center_code: 'HALLINTO', account_code: '4100', amount: '1200.50' },
    ]);
    const [account] = await sql("SELECT name FROM accounts WHERE code = '4100'");
    expect(account).toEqual({ name: '4100' });
  });

  it('refuses the headerless ledger without year, version and cost center, storing nothing', async () => {
    await expect(
      imports.importFile(ledgerImport(fixture('ledger-headerless.csv'), { profile: 'ledger-headerless-v1' })),
    ).rejects.toMatchObject({ code: 'IMPORT_FILE_REJECTED', refusal: { reason: 'MISSING_IMPORT_SETTING' } });
  });

  it('reads 1 234,50 (no-break space), −1 071,31 (minus sign) and 0,75: 163.94 summed in SQL', async () => {
    const report = await imports.importFile(ledgerImport(fixture('ledger-finnish-amounts.csv')));
    expect(report).toMatchObject({ rowsRead: 3, rowsImported: 3, rowsRejected: 0 });
    const [sum] = await sql<{ total: string }>(
      'SELECT sum(amount)::text AS total FROM cost_lines WHERE import_batch_id = $1',
      [report.batchId],
    );
    expect(sum.total).toBe('163.94');
    const accounts = await sql(
      "SELECT code, name FROM accounts WHERE code IN ('4000', '4500', '4820') ORDER BY code",
    );
    expect(accounts).toEqual([
      { code: '4000', name: 'Palkat' },
      { code: '4500', name: 'Aineet ja tarvikkeet' },
      { code: '4820', name: 'Rakennusten vuokrat' },
    ]);
  });

  it('stores 5.3.2024 as the 5th of March, keeps 13.3.2024, rejects 0 and 2000 minutes with reasons', async () => {
    const report = await imports.importFile(timeImport(fixture('time-records-rejections.csv')));
    expect(report).toMatchObject({ rowsRead: 9, rowsImported: 3, rowsDuplicate: 0, rowsRejected: 6 });
    const dates = await sql<{ record_date: string }>(
      'SELECT record_date FROM time_records WHERE import_batch_id = $1 ORDER BY record_date',
      [report.batchId],
    );
    expect(dates.map((row) => row.record_date)).toEqual(['2024-03-05', '2024-03-13', '2024-03-16']);
    const byLine = new Map(report.rejections.map((r) => [r.line, r]));
    expect(byLine.get(4)).toMatchObject({
      column: 'Kesto min',
      reason: expect.stringMatching(/^Kesto min: .*0/),
    });
    expect(byLine.get(5)).toMatchObject({ column: 'Kesto min', reason: expect.stringContaining('2000') });
    expect(report.rejections.map((r) => r.line)).toEqual([4, 5, 7, 8, 9, 10]);
    const stored = await sql<{ line: number; column_name: string }>(
      'SELECT line, column_name FROM import_rejections WHERE batch_id = $1 ORDER BY line',
      [report.batchId],
    );
    expect(stored.map((r) => r.line)).toEqual([4, 5, 7, 8, 9, 10]);
  });

  it('rejects a row whose worker, cost center or product is not registered, naming column and code', async () => {
    const report = await imports.importFile(timeImport(fixture('time-records-unknown-codes.csv')));
    expect(report).toMatchObject({ rowsRead: 5, rowsImported: 1, rowsRejected: 4 });
    expect(report.rejections).toEqual([
      { line: 3, column: 'Työntekijä', reason: "Työntekijä: 'T9999' is not in the organization's workers" },
      {
        line: 4,
        column: 'Kustannuspaikka',
        reason: "Kustannuspaikka: 'EI-OLE' is not in the organization's cost centers",
      },
      {
        line: 5,
        column: 'Palvelutuote',
        reason: "Palvelutuote: 'EI-TUOTE' is not in the service product catalog",
      },
      // The client reference in the worker column too: named, never quoted.
      {
        line: 6,
        column: 'Työntekijä',
        reason: "Työntekijä: the client reference is not in the organization's workers",
      },
    ]);
    for (const { reason } of report.rejections) expect(reason).not.toMatch(/400183|400777/);
  });

  it('imports the documented examples (shared/formats); two rows were in the BOM file already', async () => {
    const time = await imports.importFile(timeImport(fixture('time-records-example.csv')));
    // Lines 2 and 5 are the BOM file's two visits: an overlapping export.
    expect(time).toMatchObject({
      rowsRead: 7,
      rowsImported: 5,
      rowsDuplicate: 2,
      rowsRejected: 0,
      recordsStored: 5,
    });
    const [minutes] = await sql<{ total: string; direct: string }>(
      `SELECT sum(minutes)::text AS total, sum(minutes) FILTER (WHERE kind = 'direct')::text AS direct
       FROM time_records WHERE record_date BETWEEN '2011-01-01' AND '2011-12-31' AND cost_center_code <> 'VAMMAIS'`,
    );
    expect(minutes).toEqual({ total: '285.5', direct: '195' });
    const [groups] = await sql<{ n: number }>(
      "SELECT count(*)::int AS n FROM time_records WHERE import_batch_id = $1 AND 'maahanmuuttaja' = ANY (client_groups)",
      [time.batchId],
    );
    expect(groups.n).toBe(2);

    const ledger = await imports.importFile(ledgerImport(fixture('ledger-example.csv')));
    expect(ledger).toMatchObject({ rowsRead: 8, rowsImported: 8, rowsRejected: 0 });
    const [sum] = await sql<{ total: string }>(
      'SELECT sum(amount)::text AS total FROM cost_lines WHERE import_batch_id = $1',
      [ledger.batchId],
    );
    expect(sum.total).toBe('915645.50');
  });

  it('stores client references only as the keyed hash of the configured key', async () => {
    const { createHmac } = await import('node:crypto');
    const expected = createHmac('sha256', t.config.pseudonymKey).update('400183').digest('hex');
    const rows = await sql<{ client_key: string }>(
      "SELECT DISTINCT client_key FROM time_records WHERE worker_code = 'T0012' AND record_date = '2011-01-03'",
    );
    expect(rows.map((row) => row.client_key)).toContain(expected);
    const [raw] = await sql<{ n: number }>(
      "SELECT count(*)::int AS n FROM time_records WHERE client_key = '400183'",
    );
    expect(raw.n).toBe(0);
  });
});
