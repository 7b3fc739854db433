// The real file: Jyväskylä's 2011 budget and actuals by unit and account (data/jyvaskyla-2011).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ImportsService } from '../../../server/src/imports/imports.service.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { importTableCounts, ledgerImport, REPO_ROOT } from './import-support.js';

const FILE = join(REPO_ROOT, 'data', 'jyvaskyla-2011', 'JKL_talousarvio_ja_toteuma_2011.csv');

describe('the Jyväskylä 2011 ledger', () => {
  let t: TestApp;
  let imports: ImportsService;

  beforeAll(async () => {
    t = await createTestApp();
    imports = t.app.get(ImportsService);
  });

  afterAll(async () => {
    await t.close();
  });

  it('imports 2 191 rows as 4 382 cost lines whose totals are the verified ones, once', async () => {
    const report = await imports.importFile(ledgerImport(FILE, { profile: 'jyvaskyla-2011' }));
    expect(report).toMatchObject({
      status: 'completed',
      profileCode: 'jyvaskyla-2011',
      rowsRead: 2191,
      rowsImported: 2191,
      rowsDuplicate: 0,
      rowsRejected: 0,
      recordsStored: 4382,
    });
    const totals = await t.db.dataSource.query(
      `SELECT version, count(*)::int AS lines, sum(amount)::text AS total FROM cost_lines
       WHERE year = 2011 GROUP BY version ORDER BY version`,
    );
    expect(totals).toEqual([
      { version: 'TA', lines: 2191, total: '550018703.00' },
      { version: 'TP', lines: 2191, total: '556464036.00' },
    ]);
    const [line] = await t.db.dataSource.query(
      "SELECT cost_center_code, cost_center_name, account_code, attributes FROM cost_lines WHERE account_code = '464100' AND version = 'TP' LIMIT 1",
    );
    expect(line).toMatchObject({
      cost_center_code: '1111MR600.11',
      cost_center_name: 'Maa- ja vesialueet',
      attributes: { level03Code: '1111PA600.11', sourceLine: '2' },
    });
    const [account] = await t.db.dataSource.query("SELECT name FROM accounts WHERE code = '464100'");
    expect(account.name).toBe('Valmiin käyttöomaisuuden aktivointi');

    const before = await importTableCounts(t.db.dataSource);
    const again = await imports.importFile(ledgerImport(FILE, { profile: 'jyvaskyla-2011' }));
    expect(again).toMatchObject({ rowsRead: 2191, rowsImported: 0, rowsDuplicate: 2191, recordsStored: 0 });
    expect(await importTableCounts(t.db.dataSource)).toEqual({
      ...before,
      import_batches: before.import_batches + 1,
    });
  });
});
