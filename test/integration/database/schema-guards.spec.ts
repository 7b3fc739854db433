// What the schema itself refuses, whatever the application code does.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';

jest.setTimeout(120_000);

const HASH = 'a'.repeat(64);

async function sqlState(dataSource: DataSource, sql: string, params: unknown[] = []): Promise<string> {
  try {
    await dataSource.query(sql, params);
  } catch (error) {
    return (error as { driverError?: { code?: string } }).driverError?.code ?? 'no code';
  }
  return 'accepted';
}

describe('schema guards', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.dataSource.query(
      `INSERT INTO import_profiles (code, kind, version, definition, hash, author)
       VALUES ('effica-time-v1', 'time', 1, '{}', $1, 'test')`,
      [HASH],
    );
  });

  afterAll(async () => {
    await db.close();
  });

  it.each(['allocation_key_versions', 'rule_set_versions'])(
    '%s: versions cannot be changed or removed',
    async (table) => {
      const insert = `INSERT INTO ${table} (code, version, effective_from, document, hash, author)
                    VALUES ('k', $1, '2024-01-01', '{}', $2, 'test')`;
      await db.dataSource.query(insert, [1, HASH]);
      // 23001 restrict_violation: the API maps it to 409 Conflict.
      expect(await sqlState(db.dataSource, `UPDATE ${table} SET comment = 'rewritten'`)).toBe('23001');
      expect(await sqlState(db.dataSource, `DELETE FROM ${table}`)).toBe('23001');
      expect(await sqlState(db.dataSource, `TRUNCATE ${table}`)).toBe('23001');
      // A save against a stale version number collides instead of overwriting.
      expect(await sqlState(db.dataSource, insert, [1, HASH])).toBe('23505');
      expect(await sqlState(db.dataSource, insert, [2, HASH])).toBe('accepted');
    },
  );

  it('import profiles are immutable too, with a readable message', async () => {
    await expect(db.dataSource.query("UPDATE import_profiles SET comment = 'x'")).rejects.toThrow(
      'rows of import_profiles are immutable: UPDATE refused',
    );
  });

  it('stores only a keyed hash as client key, never a raw reference', async () => {
    const insert = `INSERT INTO time_records (record_date, worker_code, cost_center_code, product_code, client_key,
                      minutes, kind, dedupe_key) VALUES ('2024-01-01', 'W', 'C', 'P', $1, 30, 'direct', $2)`;
    expect(await sqlState(db.dataSource, insert, ['010190-123A', 'raw'])).toBe('23514');
    expect(await sqlState(db.dataSource, insert, ['010190-123A'.padEnd(64, 'x'), 'padded'])).not.toBe(
      'accepted',
    );
    expect(await sqlState(db.dataSource, insert, [HASH.toUpperCase(), 'upper'])).toBe('23514');
    expect(await sqlState(db.dataSource, insert, [HASH, 'ok'])).toBe('accepted');
  });

  it('refuses 0 and more than 24 hours of minutes', async () => {
    const insert = `INSERT INTO time_records (record_date, worker_code, cost_center_code, product_code, client_key,
                      minutes, kind, dedupe_key) VALUES ('2024-01-01', 'W', 'C', 'P', $1, $2, 'direct', $3)`;
    expect(await sqlState(db.dataSource, insert, [HASH, 0, 'zero'])).toBe('23514');
    expect(await sqlState(db.dataSource, insert, [HASH, 2000, 'too many'])).toBe('23514');
  });

  it('an import batch completes only with read = imported + duplicate + rejected, and takes its rows along when deleted', async () => {
    const id = randomUUID();
    await db.dataSource.query(
      `INSERT INTO import_batches (id, kind, file_name, file_sha256, profile_code, profile_version, author)
       VALUES ($1, 'time', 'aika.csv', $2, 'effica-time-v1', 1, 'test')`,
      [id, HASH],
    );
    const complete = `UPDATE import_batches SET status = 'completed', finished_at = now(), rows_read = 3,
                      rows_imported = 1, rows_duplicate = 1, rows_rejected = $2 WHERE id = $1`;
    expect(await sqlState(db.dataSource, complete, [id, 0])).toBe('23514');
    expect(await sqlState(db.dataSource, complete, [id, 1])).toBe('accepted');

    await db.dataSource.query(
      `INSERT INTO time_records (record_date, worker_code, cost_center_code, product_code, client_key, minutes, kind,
         dedupe_key, import_batch_id) VALUES ('2024-01-01', 'W', 'C', 'P', $1, 30, 'direct', 'from-batch', $2)`,
      [HASH, id],
    );
    await db.dataSource.query('DELETE FROM import_batches WHERE id = $1', [id]);
    const [row] = await db.dataSource.query(
      "SELECT count(*)::int AS n FROM time_records WHERE dedupe_key = 'from-batch'",
    );
    expect(row.n).toBe(0);
  });
});
