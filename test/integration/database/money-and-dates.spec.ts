import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Decimal } from 'decimal.js';
import { sumMoney } from '../../../server/src/common/money/money.js';
import { CostLine } from '../../../server/src/ledger/entities/cost-line.entity.js';
import { TimeRecord } from '../../../server/src/time-records/entities/time-record.entity.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { cleanUpTsChildren, runTsChild } from '../../support/ts-child.js';

jest.setTimeout(120_000);

const AMOUNTS = ['12000.50', '3400.25', '99.25'];

describe('money in the database', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    const lines = db.dataSource.getRepository(CostLine);
    await lines.insert(
      AMOUNTS.map((amount, i) => ({
        year: 2024,
        version: 'TA',
        costCenterCode: '1111MR350.11',
        accountCode: '4100',
        amount: new Decimal(amount),
        dedupeKey: `money-${i}`,
      })),
    );
  });

  afterAll(async () => {
    await db.close();
  });

  it('sums to exactly 15500.00 in SQL', async () => {
    const [row] = await db.dataSource.query(
      "SELECT sum(amount) AS total FROM cost_lines WHERE version = 'TA'",
    );
    expect(row.total).toBe('15500.00');
  });

  it('comes back through entities as Decimal, summing to exactly 15500.00', async () => {
    const lines = await db.dataSource.getRepository(CostLine).findBy({ version: 'TA' });
    expect(lines.map((line) => line.amount)).toEqual(AMOUNTS.map((a) => new Decimal(a)));
    expect(lines.every((line) => line.amount instanceof Decimal)).toBe(true);
    expect(sumMoney(...lines.map((line) => line.amount)).toFixed(2)).toBe('15500.00');
  });

  it('sums through the query builder as the exact numeric string', async () => {
    const { total } = (await db.dataSource
      .getRepository(CostLine)
      .createQueryBuilder('line')
      .select('sum(line.amount)', 'total')
      .getRawOne()) as { total: string };
    expect(total).toBe('15500.00');
  });

  it('refuses a fractional JS number rather than store a float', async () => {
    const write = db.dataSource.getRepository(CostLine).insert({
      year: 2024,
      version: 'TA',
      costCenterCode: 'X',
      accountCode: '4100',
      amount: 0.1 as unknown as Decimal,
      dedupeKey: 'float',
    });
    await expect(write).rejects.toThrow('Cannot store "0.1" (number) in a numeric column');
  });

  it('keeps full precision of unconstrained numeric (minutes)', async () => {
    const records = db.dataSource.getRepository(TimeRecord);
    await records.insert({
      recordDate: '2024-03-05',
      workerCode: 'W1',
      costCenterCode: 'C1',
      productCode: 'P1',
      clientKey: 'a'.repeat(64),
      minutes: new Decimal('45.125'),
      kind: 'direct',
      dedupeKey: 'minutes-1',
    });
    const record = await records.findOneByOrFail({ dedupeKey: 'minutes-1' });
    expect(record.minutes.toFixed()).toBe('45.125');
    expect(record.recordDate).toBe('2024-03-05');
    expect(record.clientGroups).toEqual([]);
  });
});

describe.each(['Europe/Helsinki', 'UTC'])('date-only values with TZ=%s', (tz) => {
  let db: TestDatabase;

  beforeAll(async () => {
    // The child opens connections of its own next to this process's one.
    db = await createTestDatabase({ maxConnections: 4 });
  });

  afterAll(async () => {
    await db.close();
    cleanUpTsChildren();
  });

  it('round-trip as "2024-01-01" (in a child process started in that time zone)', async () => {
    const child = runTsChild(
      'test/support/children/date-roundtrip.ts',
      [db.url, db.mode === 'embedded' ? 'yes' : 'no'],
      { TZ: tz },
    );
    const { code, stdout, stderr } = await child.exited;
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({
      offsetMinutes: tz === 'UTC' ? 0 : -120,
      entity: '2024-01-01',
      raw: '2024-01-01',
      array: ['2024-01-01', '2024-12-31'],
      foundByDate: 1,
      json: { d: '2024-01-01' },
    });
    // Why the application overrides pg's date parser: its Date at local midnight shifts the day in Helsinki.
    expect(result.pgDefaultJson.d).toBe(
      tz === 'UTC' ? '2024-01-01T00:00:00.000Z' : '2023-12-31T22:00:00.000Z',
    );
  });
});
