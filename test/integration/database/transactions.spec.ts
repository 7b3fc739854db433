// The concurrency discipline (see server/src/database/data-source.ts). On the embedded database all
// connections share one session, so its pool has one connection and work takes turns; on a server each
// pooled connection has its own session. Either way a request never runs inside another's transaction.
import 'reflect-metadata';
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { setTimeout as delay } from 'node:timers/promises';
import { Region } from '../../../server/src/organization/entities/region.entity.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';

jest.setTimeout(120_000);

class Rollback extends Error {}

/** Resolves to 'done' if the promise settles within ms, else 'waiting'. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<'done' | 'waiting'> {
  return Promise.race([promise.then(() => 'done' as const), delay(ms).then(() => 'waiting' as const)]);
}

describe('concurrent requests while a transaction is open', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  beforeEach(async () => {
    await db.dataSource.query('DELETE FROM regions');
  });

  afterAll(async () => {
    await db.close();
  });

  it('a write from another request survives the rollback of the open transaction', async () => {
    const regions = db.dataSource.getRepository(Region);
    let outside: Promise<unknown> = Promise.resolve();
    const transaction = db.dataSource.transaction(async (manager) => {
      await manager.insert(Region, { code: 'IN', name: 'inside the transaction' });
      outside = regions.insert({ code: 'OUT', name: 'another request' });
      await delay(200);
      throw new Rollback();
    });
    await expect(transaction).rejects.toThrow(Rollback);
    await outside;
    expect((await regions.find()).map((r) => r.code)).toEqual(['OUT']);
  });

  it('a read from another request never sees uncommitted rows', async () => {
    const regions = db.dataSource.getRepository(Region);
    let seen: Promise<string[]> = Promise.resolve([]);
    await db.dataSource.transaction(async (manager) => {
      await manager.insert(Region, { code: 'NEW', name: 'uncommitted until the end' });
      seen = regions.find().then((rows) => rows.map((r) => r.code));
      // A server answers at once from another session; the embedded database only after the commit.
      await (db.mode === 'server' ? seen : delay(200));
    });
    expect(await seen).toEqual(db.mode === 'server' ? [] : ['NEW']);
  });

  it('another request waits for the open transaction on the embedded database, not on a server (never await one inside)', async () => {
    let outside: Promise<unknown> = Promise.resolve();
    let state: 'done' | 'waiting' = 'done';
    await db.dataSource.transaction(async () => {
      // The mistake the discipline forbids: a query through the DataSource instead of the transaction's
      // manager. Awaiting it here would never return on the embedded database.
      outside = db.dataSource.query('SELECT 1');
      state = await settlesWithin(outside, 2000);
    });
    await outside;
    expect(state).toBe(db.mode === 'embedded' ? 'waiting' : 'done');
  });

  it('many concurrent transactions all commit, each within its own snapshot', async () => {
    const counts = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.dataSource.transaction('REPEATABLE READ', async (manager) => {
          const before = await manager.count(Region);
          await manager.insert(Region, { code: `R${i}`, name: `region ${i}` });
          const after = await manager.count(Region);
          return after - before;
        }),
      ),
    );
    expect(counts).toEqual(Array(20).fill(1));
    expect(await db.dataSource.getRepository(Region).count()).toBe(20);
  });
});
