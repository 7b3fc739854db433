// Template PGlite clusters for tests: PGlite's initdb takes ~10 s and the migrations a few more, copying a
// prepared cluster a fraction of that. Templates live in the temporary directory and are built once.
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppDataSource, buildDataSourceOptions } from '../../server/src/database/data-source.js';
import { EMBEDDED_POOL_SIZE, startEmbeddedPostgres } from '../../server/src/database/embedded-postgres.js';
import { runMigrations } from '../../server/src/database/migrate.js';
import { ParameterFreeLogger } from '../../server/src/database/query-logger.js';
import { pgliteVersion } from './pglite-version.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * A temporary data folder holding a copy of a template cluster: freshly initialized ('empty'), or with all
 * migrations applied ('migrated', keyed by a hash of migrations/). The caller removes it.
 */
export async function freshEmbeddedDataDir(template: 'empty' | 'migrated' = 'empty'): Promise<string> {
  const source = template === 'empty' ? await emptyTemplate() : await migratedTemplate();
  const dataDir = mkdtempSync(join(tmpdir(), 'tuotteisto-test-'));
  cpSync(join(source, 'pg'), join(dataDir, 'pg'), { recursive: true });
  return dataDir;
}

function emptyTemplate(): Promise<string> {
  return buildOnce(`tuotteisto-pglite-${pgliteVersion()}-empty`, async (dataDir) => {
    const embedded = await startEmbeddedPostgres({ dataDir });
    await embedded.stop();
  });
}

function migratedTemplate(): Promise<string> {
  const prefix = `tuotteisto-pglite-${pgliteVersion()}-migrated-`;
  return buildOnce(`${prefix}${migrationsHash()}`, async (dataDir) => {
    pruneTemplates(prefix);
    cpSync(join(await emptyTemplate(), 'pg'), join(dataDir, 'pg'), { recursive: true });
    const embedded = await startEmbeddedPostgres({ dataDir });
    const target = { url: embedded.url, poolSize: EMBEDDED_POOL_SIZE, embedded: true };
    const dataSource = new AppDataSource(
      buildDataSourceOptions(target, { logger: new ParameterFreeLogger({ write: () => undefined }) }),
      embedded,
    );
    try {
      await dataSource.initialize();
      await runMigrations(dataSource);
    } finally {
      await dataSource.destroy();
    }
  });
}

/** Removes templates built for other migrations over an hour ago (a run elsewhere still needing one rebuilds it). */
function pruneTemplates(prefix: string): void {
  for (const name of readdirSync(tmpdir())) {
    const path = join(tmpdir(), name);
    if (name.startsWith(prefix) && Date.now() - statSync(path).mtimeMs > 3_600_000) {
      rmSync(path, { recursive: true, force: true });
    }
  }
}

/** Builds a template folder in the temporary directory unless it exists; concurrent builders are harmless. */
async function buildOnce(name: string, build: (dataDir: string) => Promise<void>): Promise<string> {
  const template = join(tmpdir(), name);
  if (existsSync(join(template, 'pg', 'PG_VERSION'))) return template;
  const building = mkdtempSync(`${template}-building-`);
  try {
    await build(building);
    renameSync(building, template); // atomic: a concurrent builder either wins or finds it done
  } catch (error) {
    if (!existsSync(join(template, 'pg', 'PG_VERSION'))) throw error;
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
  return template;
}

function migrationsHash(): string {
  const dir = join(repoRoot, 'migrations');
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(join(dir, file)));
  return hash.digest('hex').slice(0, 16);
}
