// Times the import of a generated time-record export (the demo generator: realistic repeats of clients)
// on the embedded database and, with DATABASE_URL, on the server; prints parse-only and full-import rates.
//   npm run build && node dist/test/bench/import.bench.js [rows=100000]
// "parse" is the parser alone (with the memoized HMAC); "parse + stage rows" adds the importer's per-row
// work (identity hash, register check). Then, on each database, the phases of one import inside a
// transaction that is rolled back (parse + COPY into the staging table; INSERT … SELECT … ON CONFLICT into
// time_records) and the whole import as the service runs it, first and again (all duplicates).
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { Decimal } from 'decimal.js';
import type { DataSource } from 'typeorm';
import { ServiceArea } from '../../server/src/catalog/entities/service-area.entity.js';
import { ServiceProduct } from '../../server/src/catalog/entities/service-product.entity.js';
import type { AppConfig } from '../../server/src/config/app-config.js';
import { productionCenters } from '../../server/src/demo/demo-organization.js';
import { demoWorkers, generateTimeRecordLines } from '../../server/src/demo/generate-time-records.js';
import { ImportBatchesService } from '../../server/src/imports/import-batches.service.js';
import { ImportProfilesService } from '../../server/src/imports/import-profiles.service.js';
import { ImportsService } from '../../server/src/imports/imports.service.js';
import { ImportBatch } from '../../server/src/imports/entities/import-batch.entity.js';
import { timeRecordIdentity } from '../../server/src/imports/loading/dedupe-identity.js';
import { pseudonymizer } from '../../server/src/imports/loading/pseudonymizer.js';
import { ReferenceCodes } from '../../server/src/imports/loading/reference-codes.js';
import { stageParse } from '../../server/src/imports/loading/staging.js';
import {
  storeStagedTimeRecords,
  timeStageSpec,
} from '../../server/src/imports/loading/time-record-loader.js';
import { efficaTimeV1, parseTimeRecords } from '../../server/src/imports/parsing/index.js';
import { CostCenter } from '../../server/src/organization/entities/cost-center.entity.js';
import { Worker } from '../../server/src/organization/entities/worker.entity.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const KEY = 'bench-key-0123456789abcdef0123456789abcdef';
const rows = Number(process.argv[2] ?? 100_000);

async function writeFile(path: string): Promise<void> {
  const out = createWriteStream(path, 'utf8');
  let written = -1; // the header is not a row
  for (let scale = 1; written < rows; scale++) {
    for (const line of generateTimeRecordLines({ year: 2011, scale, seed: scale })) {
      if (written >= 0 && line.startsWith('Pvm;')) continue;
      if (!out.write(`${line}\r\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      if (++written >= rows) break;
    }
  }
  out.end();
  await finished(out);
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** The median of three runs: the machine is shared, single runs wander. */
async function median(work: () => Promise<unknown>): Promise<number> {
  const times = [await timed(work), await timed(work), await timed(work)];
  return times.sort((a, b) => a - b)[1];
}

class RolledBack extends Error {}

/** One import's two phases, timed inside a transaction that is rolled back. */
async function phases(dataSource: DataSource, file: string): Promise<{ stage: number; store: number }> {
  const profile = await new ImportProfilesService(dataSource).resolve('time', undefined, 'bench');
  const times = { stage: 0, store: 0 };
  await dataSource
    .transaction(async (manager) => {
      const batch = { kind: 'time' as const, fileName: 'bench', fileSha256: '0'.repeat(64), author: 'bench' };
      const { id } = await manager
        .getRepository(ImportBatch)
        .save({ ...batch, profileCode: profile.code, profileVersion: profile.version });
      const pseudonymize = pseudonymizer(KEY);
      const spec = timeStageSpec(await ReferenceCodes.load(manager, efficaTimeV1, pseudonymize));
      const run = parseTimeRecords(file, efficaTimeV1, { pseudonymize });
      times.stage = await timed(() => stageParse(manager, spec, run));
      times.store = await timed(() => storeStagedTimeRecords(manager, id));
      throw new RolledBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  return times;
}

async function parseOnly(file: string, withStaging: boolean): Promise<void> {
  const codes = new Set(demoWorkers(10).map((worker) => worker.code));
  const run = parseTimeRecords(file, efficaTimeV1, { pseudonymize: pseudonymizer(KEY) });
  for await (const event of run) {
    if (withStaging && event.kind === 'record') {
      timeRecordIdentity(event.record);
      codes.has(event.record.workerCode);
    }
  }
}

async function seed(dataSource: DataSource): Promise<void> {
  const area = await dataSource.getRepository(ServiceArea).save({ code: 'BENCH', nameFi: 'Bench' });
  const products = [...new Set(productionCenters.flatMap((center) => Object.keys(center.productMix)))];
  await dataSource
    .getRepository(ServiceProduct)
    .insert(products.map((code) => ({ code, serviceAreaId: area.id, nameFi: code })));
  const centers = await dataSource
    .getRepository(CostCenter)
    .save(productionCenters.map((c) => ({ code: c.code, name: c.code, kind: 'production' as const })));
  const centerId = new Map(centers.map((center) => [center.code, center.id]));
  const workers = new Map(demoWorkers(10).map((worker) => [worker.code, worker]));
  await dataSource.getRepository(Worker).insert(
    [...workers.values()].map((worker) => ({
      code: worker.code,
      profession: worker.profession,
      fte: new Decimal(worker.fte),
      costCenterId: centerId.get(worker.costCenter),
    })),
  );
}

/** Phases on one fresh database, whole imports on another: the rolled-back phases leave dead index entries. */
async function bench(
  label: string,
  open: () => Promise<TestDatabase>,
  file: string,
  parseMs: number,
): Promise<string[]> {
  const { stage, store } = await withDatabase(open, (dataSource) => phases(dataSource, file));
  const [first, again, imported] = await withDatabase(open, async (dataSource) => {
    const service = new ImportsService(
      dataSource,
      { pseudonymKey: KEY } as AppConfig,
      new ImportProfilesService(dataSource),
      new ImportBatchesService(dataSource),
    );
    const request = { kind: 'time' as const, source: file, author: 'bench' };
    let added = 0;
    const firstMs = await timed(async () => (added = (await service.importFile(request)).rowsImported));
    return [firstMs, await timed(() => service.importFile(request)), added];
  });
  const row = (run: string, ms: number, parseShare: string): string =>
    `| ${label} | ${run} | ${seconds(ms)} | ${rate(ms)} | ${parseShare} |`;
  return [
    row('phase: parse + COPY into staging', stage, share(parseMs, stage)),
    row('phase: INSERT … SELECT … ON CONFLICT', store, ''),
    row(`import (${imported.toLocaleString('en')} new rows)`, first, share(parseMs, first)),
    row('same file again (all duplicates)', again, share(parseMs, again)),
  ];
}

async function withDatabase<T>(
  open: () => Promise<TestDatabase>,
  work: (dataSource: DataSource) => Promise<T>,
): Promise<T> {
  const db = await open();
  try {
    await seed(db.dataSource);
    return await work(db.dataSource);
  } finally {
    await db.close();
  }
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const rate = (ms: number): string => `${Math.round(rows / (ms / 1000)).toLocaleString('en')} rows/s`;
const share = (part: number, whole: number): string => `${Math.round((100 * part) / whole)} %`;

const folder = mkdtempSync(join(tmpdir(), 'tuotteisto-import-bench-'));
try {
  const file = join(folder, 'effica.csv');
  await writeFile(file);
  Logger.overrideLogger(['error']);
  await parseOnly(file, true); // warm-up
  const parseMs = await median(() => parseOnly(file, false));
  const stageMs = await median(() => parseOnly(file, true));
  const lines = [
    '| database | run | time | rate | share of parse + stage rows |',
    '|---|---|---|---|---|',
    `| (none) | parse only | ${seconds(parseMs)} | ${rate(parseMs)} | |`,
    `| (none) | parse + stage rows | ${seconds(stageMs)} | ${rate(stageMs)} | |`,
  ];
  lines.push(
    ...(await bench('embedded PGlite', () => createTestDatabase({ forceEmbedded: true }), file, stageMs)),
  );
  if (process.env.DATABASE_URL) {
    lines.push(...(await bench('PostgreSQL server', () => createTestDatabase(), file, stageMs)));
  }
  console.log(`${rows.toLocaleString('en')} time-record rows\n\n${lines.join('\n')}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
