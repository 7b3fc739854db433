import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { AppDataSource, buildDataSourceOptions } from '../../../server/src/database/data-source.js';
import { runMigrations } from '../../../server/src/database/migrate.js';
import { migrations } from '../../../migrations/index.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';

async function tableNames(db: TestDatabase): Promise<string[]> {
  const rows: { name: string }[] = await db.dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations'`,
  );
  return rows.map((r) => r.name).sort();
}

jest.setTimeout(120_000);

describe('migrations', () => {
  let db: TestDatabase;
  /** Every entity has its table and every table (but TypeORM's own) its entity. */
  const entityTables = () => db.dataSource.entityMetadatas.map((m) => m.tableName).sort();

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
  });

  afterAll(async () => {
    await db.close();
  });

  it('apply to an empty database, each once; revert completely with down; apply again', async () => {
    expect(await runMigrations(db.dataSource)).toEqual(migrations.map((m) => m.name));
    expect(await runMigrations(db.dataSource)).toEqual([]);
    expect(await tableNames(db)).toEqual(entityTables());

    for (const _ of migrations) await db.dataSource.undoLastMigration({ transaction: 'all' });
    expect(await tableNames(db)).toEqual([]);
    const functions: unknown[] = await db.dataSource.query(
      "SELECT 1 FROM pg_proc WHERE proname = 'forbid_row_change'",
    );
    expect(functions).toEqual([]);

    expect(await runMigrations(db.dataSource)).toHaveLength(migrations.length);
    expect(await tableNames(db)).toEqual(entityTables());
  });

  it('leave nothing for the entity metadata to change: entities match the schema', async () => {
    await runMigrations(db.dataSource);
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('run once when two instances start together (advisory lock)', async () => {
    const fresh = await createTestDatabase({ migrate: false });
    // A second data source on the same database stands for a second application instance.
    const other = new AppDataSource(
      buildDataSourceOptions({ url: fresh.url, poolSize: 1, embedded: fresh.mode === 'embedded' }),
      undefined,
    );
    try {
      await other.initialize();
      const [a, b] = await Promise.all([runMigrations(fresh.dataSource), runMigrations(other)]);
      expect([...a, ...b].sort()).toEqual(migrations.map((m) => m.name).sort());
      const rows: { count: string }[] = await fresh.dataSource.query('SELECT count(*) FROM migrations');
      expect(rows[0].count).toBe(String(migrations.length));
    } finally {
      await other.destroy();
      await fresh.close();
    }
  });
});
