// TypeORM data source options from configuration, shared by the application, the tests and the TypeORM CLI.
//
// Embedded discipline (all connections to PGlite share one session):
//  - the pool has exactly one connection, so requests take turns; a request arriving while a transaction
//    is open waits for its commit or rollback and never runs inside it (test/integration/database).
//  - inside a transaction, use only the transaction's EntityManager: a query through the DataSource or
//    another repository would wait for the one connection the transaction holds, forever.
//  - never rely on session state (SET, temporary tables, advisory session locks) surviving or staying private.
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config.js';
import { migrations } from '../../../migrations/index.js';
import { EMBEDDED_POOL_SIZE, startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';
import { entities } from './entities.js';
import { runMigrations } from './migrate.js';
import { SnakeNamingStrategy } from './naming-strategy.js';
import { pgTypes } from './pg-types.js';
import { ParameterFreeLogger } from './query-logger.js';

export interface ConnectionTarget {
  readonly url: string;
  readonly poolSize: number;
  /** True for the in-process PGlite: keeps its one connection open instead of recycling it. */
  readonly embedded: boolean;
}

type PostgresOptions = Extract<DataSourceOptions, { type: 'postgres' }>;

export function buildDataSourceOptions(
  target: ConnectionTarget,
  overrides: Partial<PostgresOptions> = {},
): PostgresOptions {
  return {
    type: 'postgres',
    url: target.url,
    poolSize: target.poolSize,
    applicationName: 'tuotteisto',
    // Per-pool type parsers: dates stay "2024-01-01" strings, numeric stays a string for Decimal.
    extra: { types: pgTypes, ...(target.embedded ? { idleTimeoutMillis: 0 } : {}) },
    entities,
    migrations,
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    // The schema is created by reviewed migrations only; gen_random_uuid() is built into PostgreSQL 13+.
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    logger: new ParameterFreeLogger(),
    logging: ['error', 'warn', 'migration'],
    ...overrides,
  };
}

/** A DataSource that also stops the embedded database it runs on when destroyed. */
export class AppDataSource extends DataSource {
  constructor(
    options: DataSourceOptions,
    readonly embedded: EmbeddedPostgres | undefined,
  ) {
    super(options);
  }

  override async destroy(): Promise<void> {
    try {
      if (this.isInitialized) await super.destroy();
    } finally {
      await this.embedded?.stop();
    }
  }
}

/** Starts the embedded database if configured and returns an uninitialized data source for it. */
export async function createDataSource(
  config: DatabaseConfig,
  overrides: Partial<PostgresOptions> = {},
): Promise<AppDataSource> {
  if (config.mode === 'server') {
    const target = { url: config.url, poolSize: config.poolSize, embedded: false };
    return new AppDataSource(buildDataSourceOptions(target, overrides), undefined);
  }
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.port });
  const target = { url: embedded.url, poolSize: EMBEDDED_POOL_SIZE, embedded: true };
  return new AppDataSource(buildDataSourceOptions(target, overrides), embedded);
}

/** Connects and brings the schema up to date: what the application does at start. */
export async function openDatabase(
  config: DatabaseConfig,
  overrides: Partial<PostgresOptions> = {},
): Promise<AppDataSource> {
  const dataSource = await createDataSource(config, overrides);
  try {
    await dataSource.initialize();
    await runMigrations(dataSource);
    return dataSource;
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}
