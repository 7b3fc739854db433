// The embedded database's known facts, each handled and proven here. These tests always use the embedded
// PGlite, whatever DATABASE_URL says: they are about it.
import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { DataDirLockedError } from '../../../server/src/database/data-dir-lock.js';
import {
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from '../../../server/src/database/embedded-postgres.js';
import { freshEmbeddedDataDir } from '../../support/database.js';
import { cleanUpTsChildren, runTsChild, type TsChild } from '../../support/ts-child.js';

jest.setTimeout(120_000);

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined); // a refused client errors after connect(); the test checks connect()
  await client.connect();
  return client;
}

async function notes(url: string): Promise<string[]> {
  const client = await connect(url);
  try {
    const { rows } = await client.query<{ note: string }>('SELECT note FROM marks ORDER BY note');
    return rows.map((r) => r.note);
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  let dataDir: string;
  let embedded: EmbeddedPostgres | undefined;
  let child: TsChild | undefined;

  beforeEach(async () => {
    dataDir = await freshEmbeddedDataDir();
  });

  afterEach(async () => {
    child?.process.kill('SIGKILL');
    await child?.exited;
    child = undefined;
    await embedded?.stop();
    embedded = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  afterAll(() => cleanUpTsChildren());

  it('keeps committed data across a stop and a start, and stops cleanly', async () => {
    embedded = await startEmbeddedPostgres({ dataDir });
    const client = await connect(embedded.url);
    await client.query('CREATE TABLE marks (note text)');
    await client.query("INSERT INTO marks VALUES ('before restart')");
    await client.end();
    const { url } = embedded;
    await embedded.stop();

    expect(existsSync(join(dataDir, 'pg.lock'))).toBe(false);
    await expect(connect(url)).rejects.toThrow(/ECONNREFUSED/);

    embedded = await startEmbeddedPostgres({ dataDir });
    expect(await notes(embedded.url)).toEqual(['before restart']);
  });

  it('(a) accepts as many clients as maxConnections (pool size 1 + 1 spare) and refuses more', async () => {
    embedded = await startEmbeddedPostgres({ dataDir });
    expect(embedded.maxConnections).toBe(2);
    const first = await connect(embedded.url);
    const second = await connect(embedded.url);
    await expect(connect(embedded.url)).rejects.toThrow();
    await Promise.all([first.end(), second.end()]);
  });

  it('(b) has one session for all connections: SET on one is seen on another', async () => {
    embedded = await startEmbeddedPostgres({ dataDir });
    const [a, b] = [await connect(embedded.url), await connect(embedded.url)];
    await a.query("SET application_name = 'set-by-a'");
    const { rows } = await b.query<{ application_name: string }>('SHOW application_name');
    expect(rows[0].application_name).toBe('set-by-a');
    await Promise.all([a.end(), b.end()]);
  });

  it('(d) refuses to start while another live process holds the data folder, naming that process', async () => {
    child = runTsChild('test/support/children/hold-embedded.ts', [dataDir]);
    const pid = Number((await child.waitForLine((l) => l.startsWith('ready '))).split(' ')[1]);

    const attempt = startEmbeddedPostgres({ dataDir });
    await expect(attempt).rejects.toThrow(DataDirLockedError);
    await expect(attempt).rejects.toThrow(`in use by process ${pid}`);
    expect(readFileSync(join(dataDir, 'pg.lock'), 'utf8').trim()).toBe(String(pid));
  });

  it('(d) makes another process refuse the data folder this process holds', async () => {
    embedded = await startEmbeddedPostgres({ dataDir });
    child = runTsChild('test/support/children/hold-embedded.ts', [dataDir]);
    const { code, stderr } = await child.exited;
    expect(code).toBe(3);
    expect(stderr).toContain(`in use by process ${process.pid}`);
  });

  it('(d) takes over the lock of a process that died, and finds what it committed', async () => {
    child = runTsChild('test/support/children/hold-embedded.ts', [dataDir]);
    await child.waitForLine((l) => l.startsWith('ready '));
    child.process.kill('SIGKILL');
    await child.exited;
    expect(existsSync(join(dataDir, 'pg.lock'))).toBe(true);

    embedded = await startEmbeddedPostgres({ dataDir });
    expect(readFileSync(join(dataDir, 'pg.lock'), 'utf8').trim()).toBe(String(process.pid));
    expect(await notes(embedded.url)).toEqual(['written by the child']);
  });

  it('(d) refuses a second start in the same process, and treats a garbled lock file as stale', async () => {
    embedded = await startEmbeddedPostgres({ dataDir });
    await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(DataDirLockedError);
    await embedded.stop();

    writeFileSync(join(dataDir, 'pg.lock'), 'not a pid');
    embedded = await startEmbeddedPostgres({ dataDir });
    expect(readFileSync(join(dataDir, 'pg.lock'), 'utf8').trim()).toBe(String(process.pid));
  });
});
