// Importing the same file, or an overlapping export, twice adds nothing the second time; identical rows
// of one file are separate visits; a ledger amount is never replaced silently.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ImportsService } from '../../../server/src/imports/imports.service.js';
import { ImportBatchesService } from '../../../server/src/imports/import-batches.service.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import {
  count,
  EFFICA_HEADER,
  efficaFile,
  efficaRow,
  importTableCounts,
  ledgerImport,
  seedRegisters,
  tempFolder,
  timeImport,
} from './import-support.js';

const LEDGER_HEADER = 'Vuosi;Versio;Kustannuspaikka;Tili;Tilin nimi;Euroa';

describe('idempotent imports', () => {
  let t: TestApp;
  let imports: ImportsService;
  const files = tempFolder();
  const rowsOfYear = async (year: number): Promise<number> => {
    const [row]: { n: number }[] = await t.db.dataSource.query(
      'SELECT count(*)::int AS n FROM time_records WHERE extract(year FROM record_date) = $1',
      [year],
    );
    return row.n;
  };

  beforeAll(async () => {
    t = await createTestApp();
    imports = t.app.get(ImportsService);
    await seedRegisters(t.db.dataSource);
  });

  afterAll(async () => {
    await t.close();
    files.cleanup();
  });

  it('adds nothing when the same file is imported again: every row a duplicate', async () => {
    const file = files.write(
      'same.csv',
      efficaFile(Array.from({ length: 40 }, (_, i) => efficaRow(i, { year: 2012 }))),
    );
    const first = await imports.importFile(timeImport(file));
    expect(first).toMatchObject({ rowsRead: 40, rowsImported: 40, rowsDuplicate: 0 });
    const before = await importTableCounts(t.db.dataSource);

    const second = await imports.importFile(timeImport(file));
    expect(second).toMatchObject({
      rowsRead: 40,
      rowsImported: 0,
      rowsDuplicate: 40,
      rowsRejected: 0,
      recordsStored: 0,
    });
    expect(second.fileSha256).toBe(first.fileSha256);
    const after = await importTableCounts(t.db.dataSource);
    expect(after).toEqual({ ...before, import_batches: before.import_batches + 1 });
  });

  it('stores 150 rows from the overlapping exports of rows 1–100 and 51–150', async () => {
    const row = (i: number): string => efficaRow(i, { year: 2013 });
    const range = (from: number, to: number): string[] =>
      Array.from({ length: to - from + 1 }, (_, i) => row(from + i));
    const first = await imports.importFile(timeImport(files.write('1-100.csv', efficaFile(range(1, 100)))));
    const second = await imports.importFile(
      timeImport(files.write('51-150.csv', efficaFile(range(51, 150)))),
    );
    expect(first).toMatchObject({ rowsImported: 100, rowsDuplicate: 0 });
    expect(second).toMatchObject({ rowsRead: 100, rowsImported: 50, rowsDuplicate: 50 });
    expect(await rowsOfYear(2013)).toBe(150);
  });

  it('keeps two rows that differ only in their source record id as two records', async () => {
    const header = `${EFFICA_HEADER};Tunniste`;
    const visit = '3.3.2014;T0012;LS-POHJOINEN;Pohjoinen;400183;698;LS-AVO;30;välitön;';
    const file = files.write('ids.csv', [header, `${visit};EFF-1`, `${visit};EFF-2`].join('\n'));
    const report = await imports.importFile(timeImport(file));
    expect(report).toMatchObject({ rowsRead: 2, rowsImported: 2 });
    const ids = await t.db.dataSource.query(
      "SELECT source_record_id FROM time_records WHERE record_date = '2014-03-03' ORDER BY 1",
    );
    expect(ids).toEqual([{ source_record_id: 'EFF-1' }, { source_record_id: 'EFF-2' }]);
    expect(await imports.importFile(timeImport(file))).toMatchObject({ rowsImported: 0, rowsDuplicate: 2 });
  });

  it('stores two identical rows of one file as two visits, and a re-import adds nothing', async () => {
    const visit = efficaRow(7, { year: 2015 });
    const file = files.write('twice.csv', efficaFile([visit, visit, efficaRow(8, { year: 2015 })]));
    expect(await imports.importFile(timeImport(file))).toMatchObject({ rowsRead: 3, rowsImported: 3 });
    expect(await rowsOfYear(2015)).toBe(3);
    expect(await imports.importFile(timeImport(file))).toMatchObject({ rowsImported: 0, rowsDuplicate: 3 });
    expect(await rowsOfYear(2015)).toBe(3);

    // An export that has the visit three times repeats the two stored occurrences and adds the third.
    const thrice = files.write('thrice.csv', efficaFile([visit, visit, visit]));
    expect(await imports.importFile(timeImport(thrice))).toMatchObject({ rowsImported: 1, rowsDuplicate: 2 });
    expect(await rowsOfYear(2015)).toBe(4);
  });

  it('rejects a ledger line imported again with another amount, and skips it with the same amount', async () => {
    const first = await imports.importFile(
      ledgerImport(
        files.write(
          'ledger-a.csv',
          [
            LEDGER_HEADER,
            '2016;TA;HALLINTO;4000;Palkat;"1 234,50"',
            '2016;TA;HALLINTO;4100;Sivukulut;100',
          ].join('\n'),
        ),
      ),
    );
    expect(first).toMatchObject({ rowsImported: 2 });
    const changed = [
      LEDGER_HEADER,
      '2016;TA;HALLINTO;4000;Palkat;"1 300,00"',
      '2016;TA;HALLINTO;4100;Sivukulut;100',
      '2016;TA;HALLINTO;4200;Muut;5',
    ];
    const second = await imports.importFile(ledgerImport(files.write('ledger-b.csv', changed.join('\n'))));
    expect(second).toMatchObject({ rowsRead: 3, rowsImported: 1, rowsDuplicate: 1, rowsRejected: 1 });
    expect(second.rejections).toEqual([
      {
        line: 2,
        column: 'Euroa',
        reason:
          `Euroa: 2016 TA HALLINTO account 4000 was already imported with amount 1 234,50 in batch ${first.batchId} ` +
          '(file ledger-a.csv), not 1 300,00; delete that batch to replace it',
      },
    ]);
    const amounts = await t.db.dataSource.query(
      'SELECT account_code, amount::text FROM cost_lines WHERE year = 2016 ORDER BY account_code',
    );
    expect(amounts).toEqual([
      { account_code: '4000', amount: '1234.50' },
      { account_code: '4100', amount: '100.00' },
      { account_code: '4200', amount: '5.00' },
    ]);
  });

  it('deletes a batch with its rows, keeps it as deleted, and lets the file be imported again', async () => {
    const file = files.write(
      'to-delete.csv',
      efficaFile(Array.from({ length: 12 }, (_, i) => efficaRow(i, { year: 2017 }))),
    );
    const report = await imports.importFile(timeImport(file));
    const before = await count(t.db.dataSource, 'time_records');

    const deleted = await t.app.get(ImportBatchesService).delete(report.batchId, 'test');
    expect(deleted).toEqual({ batchId: report.batchId, status: 'deleted', recordsDeleted: 12 });
    expect(await count(t.db.dataSource, 'time_records')).toBe(before - 12);
    const kept = await t.app.get(ImportBatchesService).report(report.batchId);
    expect(kept).toMatchObject({
      status: 'deleted',
      rowsImported: 12,
      recordsStored: 0,
      deletedBy: 'test',
      recordsDeleted: 12,
    });
    await expect(t.app.get(ImportBatchesService).delete(report.batchId, 'test')).rejects.toMatchObject({
      code: 'CONFLICT',
    });

    expect(await imports.importFile(timeImport(file))).toMatchObject({ rowsImported: 12, rowsDuplicate: 0 });
    expect(await rowsOfYear(2017)).toBe(12);
  });
});
