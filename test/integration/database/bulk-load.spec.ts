import 'reflect-metadata';
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { Decimal } from 'decimal.js';
import { bulkInsert, type BulkLoadMethod, type Row } from '../../../server/src/database/bulk-load.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';

jest.setTimeout(120_000);

const TIME_COLUMNS = [
  'record_date',
  'worker_code',
  'cost_center_code',
  'product_code',
  'client_key',
  'home_municipality',
  'minutes',
  'kind',
  'client_groups',
  'dedupe_key',
];

const AWKWARD_TEXT = 'Yöhoito\t"lainattu", {aaltosulut}\\kenoviiva\nrivinvaihto\r ja NULL';

function timeRow(i: number, overrides: Partial<Record<string, unknown>> = {}): Row {
  const values: Record<string, unknown> = {
    record_date: `2024-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`,
    worker_code: `W${i % 70}`,
    cost_center_code: 'LS-AVO',
    product_code: `P${i % 9}`,
    client_key: (i % 16).toString(16).repeat(64),
    home_municipality: i % 2 === 0 ? null : 'Jyväskylä',
    minutes: new Decimal(15 + (i % 90)).plus('0.5'),
    kind: i % 5 < 3 ? 'direct' : 'indirect',
    client_groups: i % 3 === 0 ? ['maahanmuuttaja'] : [],
    dedupe_key: `k${i}`,
    ...overrides,
  };
  return TIME_COLUMNS.map((c) => values[c]);
}

async function* generate(count: number, row = timeRow): AsyncGenerator<Row> {
  for (let i = 0; i < count; i++) yield row(i);
}

describe('bulkInsert', () => {
  let db: TestDatabase;
  let methods: BulkLoadMethod[];

  beforeAll(async () => {
    db = await createTestDatabase();
    methods = db.mode === 'server' ? ['copy-stdin', 'insert-unnest'] : ['copy-blob', 'insert-unnest'];
  });

  beforeEach(async () => {
    await db.dataSource.query('DELETE FROM time_records');
    await db.dataSource.query('DELETE FROM cost_lines');
  });

  afterAll(async () => {
    await db.close();
  });

  async function count(table = 'time_records'): Promise<number> {
    const [row] = await db.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
    return row.n;
  }

  it('picks COPY FROM STDIN on a server and native COPY FROM /dev/blob on the embedded database', async () => {
    const result = await bulkInsert(db.dataSource.manager, 'time_records', TIME_COLUMNS, generate(10));
    expect(result).toEqual({ rows: 10, method: db.mode === 'server' ? 'copy-stdin' : 'copy-blob' });
  });

  it.each([0, 1])('stores every kind of value exactly (method %#)', async (index) => {
    const method = methods[index];
    const rows: Row[] = [
      timeRow(1, { client_groups: [AWKWARD_TEXT, 'toinen', ''], home_municipality: AWKWARD_TEXT }),
      timeRow(2, { minutes: '0.001', record_date: '2024-12-31' }),
    ];
    await bulkInsert(db.dataSource.manager, 'time_records', TIME_COLUMNS, rows, { method });
    await bulkInsert(
      db.dataSource.manager,
      'cost_lines',
      ['year', 'version', 'cost_center_code', 'account_code', 'amount', 'attributes', 'dedupe_key'],
      [[2011, 'TP', '1111MR350.11', 'TILI/4100', new Decimal('-1071.31'), { note: AWKWARD_TEXT }, 'c1']],
      { method },
    );

    const stored = await db.dataSource.query(
      `SELECT record_date, minutes, client_groups, home_municipality FROM time_records ORDER BY dedupe_key`,
    );
    expect(stored).toEqual([
      {
        record_date: '2024-02-02',
        minutes: '16.5',
        client_groups: [AWKWARD_TEXT, 'toinen', ''],
        home_municipality: AWKWARD_TEXT,
      },
      { record_date: '2024-12-31', minutes: '0.001', client_groups: [], home_municipality: null },
    ]);
    const [line] = await db.dataSource.query('SELECT amount, attributes FROM cost_lines');
    expect(line).toEqual({ amount: '-1071.31', attributes: { note: AWKWARD_TEXT } });
  });

  it.each([0, 1])(
    'runs inside the caller’s transaction: its rollback leaves nothing (method %#)',
    async (index) => {
      const load = db.dataSource.transaction(async (manager) => {
        await bulkInsert(manager, 'time_records', TIME_COLUMNS, generate(1000), { method: methods[index] });
        expect(await manager.count('time_records')).toBe(1000);
        throw new Error('import failed later');
      });
      await expect(load).rejects.toThrow('import failed later');
      expect(await count()).toBe(0);
    },
  );

  it.each([0, 1])(
    'fails as a whole on a bad row, without a transaction of the caller (method %#)',
    async (index) => {
      const rows = generate(3000, (i) => timeRow(i, i === 2500 ? { minutes: '2000' } : {}));
      const load = bulkInsert(db.dataSource.manager, 'time_records', TIME_COLUMNS, rows, {
        method: methods[index],
        batchRows: 1000,
      });
      await expect(load).rejects.toThrow(/ck_time_records_minutes/);
      expect(await count()).toBe(0);
    },
  );

  it('accepts a QueryRunner, and leaves it to its owner after committing its own transaction', async () => {
    const queryRunner = db.dataSource.createQueryRunner();
    try {
      await bulkInsert(queryRunner, 'time_records', TIME_COLUMNS, generate(5));
      expect(queryRunner.isTransactionActive).toBe(false);
      expect(queryRunner.isReleased).toBe(false);
    } finally {
      await queryRunner.release();
    }
    expect(await count()).toBe(5);
  });

  it('refuses a method the database cannot run rather than hang', async () => {
    const unsupported: BulkLoadMethod = db.mode === 'server' ? 'copy-blob' : 'copy-stdin';
    const load = bulkInsert(db.dataSource.manager, 'time_records', TIME_COLUMNS, generate(1), {
      method: unsupported,
    });
    await expect(load).rejects.toThrow(unsupported === 'copy-stdin' ? /hangs PGlite/ : /embedded database/);
  });

  it('names a missing column and a row of the wrong width', async () => {
    await expect(bulkInsert(db.dataSource.manager, 'time_records', ['nope'], [['x']])).rejects.toThrow(
      'table time_records has no column nope',
    );
    await expect(
      bulkInsert(db.dataSource.manager, 'time_records', TIME_COLUMNS, [timeRow(0).slice(1)]),
    ).rejects.toThrow('row 0 has 9 values, expected 10');
  });

  it('loads 100 000 rows', async () => {
    const started = Date.now();
    const result = await bulkInsert(db.dataSource.manager, 'time_records', TIME_COLUMNS, generate(100_000));
    console.log(`bulkInsert ${result.method}: 100 000 time records in ${Date.now() - started} ms`);
    const [row] = await db.dataSource.query(
      'SELECT count(*)::int AS n, sum(minutes) AS total FROM time_records',
    );
    expect(row).toEqual({ n: 100_000, total: '5999600.0' });
  });
});
