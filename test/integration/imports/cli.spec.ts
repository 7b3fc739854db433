// `costing import` as a user runs it: the compiled CLI in a child process, on its own database (a fresh
// embedded data folder, or a fresh database on DATABASE_URL's server).
//
// Build: the test runs scripts/ensure-built.mjs (what `npm run costing` does), which compiles only when a
// source is newer than the last build; CI has built already (`npm ci` runs `prepare`). A type error
// elsewhere in the tree makes tsc fail but still emit, so the test goes on when the CLI was emitted;
// type errors are the lint and unit stages' to report.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../../../server/src/database/data-source.js';
import {
  createTestDatabase,
  databaseMode,
  freshEmbeddedDataDir,
  type TestDatabase,
} from '../../support/database.js';
import { fixture, REPO_ROOT } from './import-support.js';

const CLI = join(REPO_ROOT, 'dist', 'server', 'src', 'cli', 'main.js');
const COMMAND_SOURCE = join(REPO_ROOT, 'server', 'src', 'cli', 'import-command.ts');
const COMMAND_BUILT = join(REPO_ROOT, 'dist', 'server', 'src', 'cli', 'import-command.js');
const HETU = '131052-308T';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

describe('costing import (CLI)', () => {
  let dataDir: string;
  let server: TestDatabase | undefined;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    spawnSync('node', ['scripts/ensure-built.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
    if (!existsSync(COMMAND_BUILT) || statSync(COMMAND_BUILT).mtimeMs < statSync(COMMAND_SOURCE).mtimeMs) {
      throw new Error('the CLI is not built: run npm run build');
    }
    const base: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'error' };
    delete base.DATABASE_URL;
    if (databaseMode() === 'server') {
      server = await createTestDatabase();
      dataDir = mkdtempSync(join(tmpdir(), 'tuotteisto-cli-'));
      env = { ...base, DATA_DIR: dataDir, DATABASE_URL: server.url };
    } else {
      dataDir = await freshEmbeddedDataDir('migrated');
      env = { ...base, DATA_DIR: dataDir };
    }
  }, 600_000);

  afterAll(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const costing = (...args: string[]): Run => {
    const run = spawnSync('node', [CLI, 'import', ...args], { cwd: REPO_ROOT, env, encoding: 'utf8' });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  };

  /** The database the CLI wrote to, opened after the CLI has exited (so it released the embedded one). */
  async function withDatabase<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
    const dataSource = server
      ? server.dataSource
      : await openDatabase({ mode: 'embedded', dataDir, port: 0, poolSize: 1 }, { logging: false });
    try {
      return await work(dataSource);
    } finally {
      if (!server) await dataSource.destroy();
    }
  }

  it('imports a ledger, prints the report and exits 0; the second time everything is a duplicate', async () => {
    const first = costing('ledger', fixture('ledger-example.csv'));
    expect(first).toMatchObject({ status: 0, stderr: '' });
    expect(first.stdout).toMatch(
      /^Imported ledger-example\.csv as batch [0-9a-f-]{36} \(profile ledger-v1 version 1\)/,
    );
    expect(first.stdout).toMatch(/rows read +8\n +imported +8\n +duplicates +0\n +rejected +0/);

    const second = costing('ledger', fixture('ledger-example.csv'), '--json');
    expect(second.status).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({
      rowsRead: 8,
      rowsImported: 0,
      rowsDuplicate: 8,
      author: 'cli',
    });

    const headerless = costing(
      'ledger',
      fixture('ledger-headerless.csv'),
      '--profile',
      'ledger-headerless-v1',
      '--year',
      '2024',
      '--version',
      'TA',
      '--cost-center',
      'HALLINTO',
    );
    expect(headerless.status).toBe(0);
    const stored = await withDatabase((db) =>
      db.query(
        'SELECT version, count(*)::int AS lines, sum(amount)::text AS total FROM cost_lines GROUP BY 1 ORDER BY 1',
      ),
    );
    expect(stored).toEqual([
      { version: 'TA', lines: 1, total: '1200.50' },
      { version: 'TP', lines: 8, total: '915645.50' },
    ]);
  });

  it('lists rejected rows with line and reason', () => {
    const run = costing('time', fixture('time-records-rejections.csv'));
    expect(run.status).toBe(0);
    // No organization in this database: every row names a worker the registers do not know.
    expect(run.stdout).toMatch(/rows read +9\n +imported +0\n +duplicates +0\n +rejected +9/);
    expect(run.stdout).toContain('Rejected rows:\n  line 2: Työntekijä: ');
    expect(run.stdout).toContain('line 4: Kesto min: ');
    expect(run.stdout).not.toContain('400183');
  });

  it('exits 1 on a refused file, naming file, line and column but not the value; stores nothing', async () => {
    const run = costing('time', fixture('time-records-hetu.csv'));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'time-records-hetu.csv: refused, nothing imported (line 3, column Asiakasryhmä)',
    );
    expect(`${run.stdout}${run.stderr}`).not.toContain(HETU);
    const [counts] = await withDatabase((db) =>
      db.query(
        "SELECT (SELECT count(*)::int FROM time_records) AS records, (SELECT count(*)::int FROM import_batches WHERE status = 'refused') AS refused",
      ),
    );
    expect(counts).toEqual({ records: 0, refused: 1 });
  });

  it('exits 2 on a usage error and 1 on a missing file or an unknown profile', () => {
    expect(costing('payroll', 'x.csv')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('usage: costing import'),
    });
    expect(costing('ledger', 'x.csv', '--year', 'next')).toMatchObject({ status: 2 });
    expect(costing('ledger', join(tmpdir(), 'no-such-file.csv'))).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('no such file'),
    });
    expect(costing('ledger', fixture('ledger-example.csv'), '--profile', 'nope')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('There is no import profile "nope"'),
    });
  });
});
