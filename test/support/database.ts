// A fresh, migrated database per test file: a uniquely named database on the PostgreSQL server when
// DATABASE_URL is set, otherwise a temporary embedded PGlite. Both are removed by close().
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import pg from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { loadDatabaseConfig } from '../../server/src/config/load-config.js';
import { AppDataSource, buildDataSourceOptions } from '../../server/src/database/data-source.js';
import {
  EMBEDDED_POOL_SIZE,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from '../../server/src/database/embedded-postgres.js';
import { runMigrations } from '../../server/src/database/migrate.js';
import { ParameterFreeLogger } from '../../server/src/database/query-logger.js';
import { freshEmbeddedDataDir } from './embedded-templates.js';

export { freshEmbeddedDataDir };

/** Silent: failing queries reach the tests as exceptions, and many tests fail queries on purpose. */
const quietLogger = new ParameterFreeLogger({ write: () => undefined });

export type DatabaseMode = 'embedded' | 'server';

export interface TestDatabase {
  readonly mode: DatabaseMode;
  readonly url: string;
  /** Initialized; migrated unless created with { migrate: false }. */
  readonly dataSource: AppDataSource;
  readonly embedded: EmbeddedPostgres | undefined;
  close(): Promise<void>;
}

export interface TestDatabaseOptions {
  readonly migrate?: boolean;
  readonly dataSourceOptions?: Partial<Extract<DataSourceOptions, { type: 'postgres' }>>;
  /** Embedded only: room for clients besides the data source (e.g. a child process). Default 2. */
  readonly maxConnections?: number;
  /** Embedded even when DATABASE_URL is set (to compare both, as the bulk-load benchmark does). */
  readonly forceEmbedded?: boolean;
}

/** 'server' when the tests run against DATABASE_URL. */
export function databaseMode(): DatabaseMode {
  return loadDatabaseConfig().mode;
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const config = options.forceEmbedded ? loadDatabaseConfig({}) : loadDatabaseConfig();
  const migrate = options.migrate ?? true;
  const created =
    config.mode === 'server'
      ? await createServerDatabase(config.url)
      : await createEmbeddedDatabase(migrate, options.maxConnections);
  const dataSource = new AppDataSource(
    buildDataSourceOptions(created.target, { logger: quietLogger, ...options.dataSourceOptions }),
    created.embedded,
  );
  try {
    await dataSource.initialize();
    if (migrate) await runMigrations(dataSource);
  } catch (error) {
    await dataSource.destroy();
    await created.drop();
    throw error;
  }
  return {
    mode: config.mode,
    url: created.target.url,
    dataSource,
    embedded: created.embedded,
    close: async () => {
      try {
        await dataSource.destroy();
      } finally {
        await created.drop();
      }
    },
  };
}

interface CreatedDatabase {
  readonly target: { url: string; poolSize: number; embedded: boolean };
  readonly embedded: EmbeddedPostgres | undefined;
  drop(): Promise<void>;
}

async function createServerDatabase(adminUrl: string): Promise<CreatedDatabase> {
  const name = `tuotteisto_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    target: { url: url.toString(), poolSize: 4, embedded: false },
    embedded: undefined,
    drop: () => withAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

async function withAdmin(url: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}

async function createEmbeddedDatabase(migrated: boolean, maxConnections?: number): Promise<CreatedDatabase> {
  const dataDir = await freshEmbeddedDataDir(migrated ? 'migrated' : 'empty');
  const embedded = await startEmbeddedPostgres({ dataDir, maxConnections }).catch((error: unknown) => {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });
  return {
    target: { url: embedded.url, poolSize: EMBEDDED_POOL_SIZE, embedded: true },
    embedded,
    // AppDataSource.destroy() has stopped the server; stopping again is a no-op.
    drop: async () => {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
