// Bulk loading inside the caller's transaction, by the fastest method the database supports:
//  - PostgreSQL server:            COPY … FROM STDIN (pg-copy-streams)
//  - embedded PGlite, this process: PGlite's own COPY … FROM '/dev/blob', in chunks. COPY FROM STDIN over
//                                  pglite-socket hangs the database, so it is never used there.
//  - PGlite served by another process (no in-process handle): batched INSERT … SELECT FROM unnest(…)
// Measured figures: README.md in this folder.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { copyLine, pgText } from './copy-text.js';
import { findEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';

export type BulkLoadMethod = 'copy-stdin' | 'copy-blob' | 'insert-unnest';

export interface BulkInsertOptions {
  /** Default 'auto': the fastest safe method for the database. */
  readonly method?: BulkLoadMethod | 'auto';
  /** Rows per statement for 'copy-blob' and 'insert-unnest'. */
  readonly batchRows?: number;
}

export interface BulkInsertResult {
  readonly rows: number;
  readonly method: BulkLoadMethod;
}

export type Row = readonly unknown[];
export type Rows = AsyncIterable<Row> | Iterable<Row>;

const DEFAULT_BATCH_ROWS: Record<BulkLoadMethod, number> = {
  'copy-stdin': 0,
  'copy-blob': 100_000,
  'insert-unnest': 20_000,
};

/**
 * Inserts rows (values in the order of `columns`) into `table`. Runs in the transaction of the given
 * EntityManager or QueryRunner, so a failed import leaves nothing behind; without an open transaction it
 * opens its own. Values: string, Decimal, number, bigint, boolean, Date, arrays, plain objects (jsonb), null.
 */
export async function bulkInsert(
  target: EntityManager | QueryRunner,
  table: string,
  columns: readonly string[],
  rows: Rows,
  options: BulkInsertOptions = {},
): Promise<BulkInsertResult> {
  const queryRunner = 'manager' in target ? target : target.queryRunner;
  if (queryRunner?.isTransactionActive) return load(queryRunner, table, columns, rows, options);
  const ownRunner = queryRunner ?? (target as EntityManager).dataSource.createQueryRunner();
  await ownRunner.startTransaction();
  try {
    const result = await load(ownRunner, table, columns, rows, options);
    await ownRunner.commitTransaction();
    return result;
  } catch (error) {
    await ownRunner.rollbackTransaction().catch(() => undefined); // the load's error is the one to report
    throw error;
  } finally {
    if (!queryRunner) await ownRunner.release();
  }
}

async function load(
  queryRunner: QueryRunner,
  table: string,
  columns: readonly string[],
  rows: Rows,
  options: BulkInsertOptions,
): Promise<BulkInsertResult> {
  const client = (await queryRunner.connect()) as PgClient;
  const server = await serverKind(queryRunner.dataSource, client);
  const method = chooseMethod(options.method ?? 'auto', server);
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS[method];
  const columnTypes = await loadColumnTypes(client, table, columns);
  const target = { table: quoteTable(table), columns: columns.map(quoteIdent) };
  const count =
    method === 'copy-stdin'
      ? await copyFromStdin(client, target, rows)
      : method === 'copy-blob'
        ? await copyFromBlob(requireEmbedded(client), target, rows, batchRows)
        : await insertUnnest(client, target, columnTypes, rows, batchRows);
  return { rows: count, method };
}

/** pg's Client knows where it is connected, though its typings do not say so. */
type PgClient = PoolClient & { readonly host: string; readonly port: number };

type ServerKind = 'postgres' | 'pglite-here' | 'pglite-remote';

const detectedKinds = new WeakMap<DataSource, Exclude<ServerKind, 'pglite-here'>>();

async function serverKind(dataSource: DataSource, client: PgClient): Promise<ServerKind> {
  if (findEmbeddedPostgres(client.host, client.port)) return 'pglite-here';
  let kind = detectedKinds.get(dataSource);
  if (kind === undefined) {
    const [{ version }] = (await client.query<{ version: string }>('SELECT version()')).rows;
    kind = version.includes('PGlite') ? 'pglite-remote' : 'postgres';
    detectedKinds.set(dataSource, kind);
  }
  return kind;
}

function chooseMethod(requested: BulkLoadMethod | 'auto', server: ServerKind): BulkLoadMethod {
  if (requested === 'auto') {
    return server === 'postgres' ? 'copy-stdin' : server === 'pglite-here' ? 'copy-blob' : 'insert-unnest';
  }
  if (requested === 'copy-stdin' && server !== 'postgres') {
    throw new Error(
      'bulkInsert: COPY FROM STDIN hangs PGlite served over a socket; use copy-blob or insert-unnest',
    );
  }
  if (requested === 'copy-blob' && server !== 'pglite-here') {
    throw new Error('bulkInsert: copy-blob needs the embedded database of this process');
  }
  return requested;
}

interface Target {
  readonly table: string;
  readonly columns: readonly string[];
}

async function copyFromStdin(client: PoolClient, target: Target, rows: Rows): Promise<number> {
  let count = 0;
  const lines = async function* () {
    for await (const chunk of chunked(rows, 1000, target.columns.length)) {
      count += chunk.length;
      yield chunk.map(copyLine).join('');
    }
  };
  const sql = `COPY ${target.table} (${target.columns.join(', ')}) FROM STDIN`;
  await pipeline(Readable.from(lines()), client.query(copyFrom(sql)));
  return count;
}

/**
 * Bypasses the socket: the PGlite session is the caller's (all socket connections share it, and its open
 * transaction is the caller's, as the pool has one connection), so the COPY joins the caller's transaction.
 */
async function copyFromBlob(
  embedded: EmbeddedPostgres,
  target: Target,
  rows: Rows,
  batch: number,
): Promise<number> {
  if (!embedded.pglite.isInTransaction())
    throw new Error('bulkInsert: expected an open transaction on PGlite');
  const sql = `COPY ${target.table} (${target.columns.join(', ')}) FROM '/dev/blob'`;
  let count = 0;
  for await (const chunk of chunked(rows, batch, target.columns.length)) {
    await embedded.pglite.query(sql, [], { blob: new Blob([chunk.map(copyLine).join('')]) });
    count += chunk.length;
  }
  return count;
}

/**
 * One statement per batch, each column passed as a text array and cast back to its type. Sent on the pg
 * client directly: TypeORM would log a failing statement with all its parameters, i.e. the whole batch.
 */
async function insertUnnest(
  client: PoolClient,
  target: Target,
  types: readonly string[],
  rows: Rows,
  batch: number,
): Promise<number> {
  const params = types.map((_, i) => `$${i + 1}::text[]`).join(', ');
  const aliases = types.map((_, i) => `c${i}`);
  const casts = types.map((type, i) => `u.c${i}::${type}`).join(', ');
  const sql =
    `INSERT INTO ${target.table} (${target.columns.join(', ')}) ` +
    `SELECT ${casts} FROM unnest(${params}) AS u(${aliases.join(', ')})`;
  let count = 0;
  for await (const chunk of chunked(rows, batch, target.columns.length)) {
    await client.query(
      sql,
      types.map((_, col) => chunk.map((row) => pgText(row[col]))),
    );
    count += chunk.length;
  }
  return count;
}

async function* chunked(rows: Rows, size: number, width: number): AsyncGenerator<Row[]> {
  let chunk: Row[] = [];
  let index = 0;
  for await (const row of rows) {
    if (row.length !== width)
      throw new Error(`bulkInsert: row ${index} has ${row.length} values, expected ${width}`);
    chunk.push(row);
    index++;
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

async function loadColumnTypes(
  client: PoolClient,
  table: string,
  columns: readonly string[],
): Promise<string[]> {
  const { rows: found } = await client.query<{ name: string; type: string }>(
    `SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute
     WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped`,
    [quoteTable(table)],
  );
  return columns.map((column) => {
    const match = found.find((c) => c.name === column);
    if (!match) throw new Error(`bulkInsert: table ${table} has no column ${column}`);
    return match.type;
  });
}

function requireEmbedded(client: { host: string; port: number }): EmbeddedPostgres {
  const embedded = findEmbeddedPostgres(client.host, client.port);
  if (!embedded) throw new Error('bulkInsert: the embedded database stopped');
  return embedded;
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function quoteTable(table: string): string {
  return table.split('.').map(quoteIdent).join('.');
}
