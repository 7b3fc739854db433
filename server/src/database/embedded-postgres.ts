// The embedded default: PGlite (PostgreSQL compiled to WebAssembly) in this process, served on a local
// TCP port by pglite-socket so that TypeORM's ordinary postgres driver and pg work unchanged.
//
// Facts of this setup, each handled here or in data-source.ts / bulk-load.ts:
//  (a) the socket server refuses clients beyond maxConnections: it is set above the pool size (pool + 1).
//  (b) all connections share one PGlite session: the pool has one connection, so work serializes.
//  (c) COPY FROM STDIN over the socket hangs: bulk-load.ts loads through PGlite's own COPY FROM '/dev/blob'.
//  (d) two processes on one data folder lose data: a lock file (data-dir-lock.ts) admits one process.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';

export const EMBEDDED_HOST = '127.0.0.1';
export const EMBEDDED_POOL_SIZE = 1;

export interface EmbeddedPostgresOptions {
  /** The application data folder: the database goes to `<dataDir>/pg`, the lock to `<dataDir>/pg.lock`. */
  readonly dataDir: string;
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /**
   * Default pool + 1: the spare lets a pool replace a broken connection while the server still counts the
   * old one. More clients are possible but share the one session; see data-source.ts.
   */
  readonly maxConnections?: number;
}

export interface EmbeddedPostgres {
  readonly dataDir: string;
  readonly host: string;
  readonly port: number;
  /** postgres://postgres@127.0.0.1:<port>/postgres: PGlite has one database and accepts any user. */
  readonly url: string;
  readonly maxConnections: number;
  /** The in-process database, for the native COPY FROM '/dev/blob' bulk path. */
  readonly pglite: PGlite;
  stop(): Promise<void>;
}

const running = new Map<string, EmbeddedPostgres>();

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const lock = acquireDataDirLock(join(dataDir, 'pg.lock'));
  try {
    return await startLocked(dataDir, lock, options);
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** The embedded database of this process listening on host:port, if any. */
export function findEmbeddedPostgres(host: string, port: number): EmbeddedPostgres | undefined {
  return running.get(`${host}:${port}`);
}

async function startLocked(
  dataDir: string,
  lock: DataDirLock,
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgres> {
  const pglite = await PGlite.create({ dataDir: join(dataDir, 'pg') });
  const maxConnections = options.maxConnections ?? EMBEDDED_POOL_SIZE + 1;
  const server = new PGLiteSocketServer({
    db: pglite,
    host: EMBEDDED_HOST,
    port: options.port ?? 0,
    maxConnections,
  });
  try {
    await server.start();
  } catch (error) {
    await pglite.close();
    throw error;
  }
  const port = Number(server.getServerConn().split(':').pop());
  const embedded: EmbeddedPostgres = {
    dataDir,
    host: EMBEDDED_HOST,
    port,
    url: `postgres://postgres@${EMBEDDED_HOST}:${port}/postgres`,
    maxConnections,
    pglite,
    stop: once(() => stop(embedded, server, lock)),
  };
  running.set(`${EMBEDDED_HOST}:${port}`, embedded);
  return embedded;
}

async function stop(
  embedded: EmbeddedPostgres,
  server: PGLiteSocketServer,
  lock: DataDirLock,
): Promise<void> {
  running.delete(`${embedded.host}:${embedded.port}`);
  try {
    await server.stop();
    // close() checkpoints, so the next start needs no recovery.
    await embedded.pglite.close();
  } finally {
    lock.release();
  }
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let result: Promise<void> | undefined;
  return () => (result ??= fn());
}
