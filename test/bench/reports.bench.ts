// Times every report on a year of about a million time records: the demo organization ten times over
// (generateTimeRecordLines, scale 10 = 1 015 550 records in 2011), loaded with bulkInsert, the demo
// ledger imported and 2011 TP calculated by the real engine for the prices. Prints a Markdown table.
//   npm run build && node dist/test/bench/reports.bench.js [scale=10] [embedded|server|both]
// server needs DATABASE_URL; the default is the server when DATABASE_URL is set, else embedded.
// REPORTS_BENCH_KEEP=1 leaves the server database in place (its URL is printed) to EXPLAIN the queries.
import 'reflect-metadata';
import { createHmac } from 'node:crypto';
import { Decimal } from 'decimal.js';
import type { DataSource } from 'typeorm';
import { RunsService } from '../../server/src/calculations/runs.service.js';
import type { AppConfig } from '../../server/src/config/app-config.js';
import { bulkInsert, type Row } from '../../server/src/database/bulk-load.js';
import { DEMO_LEDGER_FILE } from '../../server/src/demo/demo-loader.service.js';
import { registerDemoMasterData } from '../../server/src/demo/demo-master-data.js';
import { registerDemoVersions } from '../../server/src/demo/demo-versions.js';
import { demoWorkers, generateTimeRecordLines } from '../../server/src/demo/generate-time-records.js';
import { ImportBatchesService } from '../../server/src/imports/import-batches.service.js';
import { ImportProfilesService } from '../../server/src/imports/import-profiles.service.js';
import { ImportsService } from '../../server/src/imports/imports.service.js';
import { CostCenter } from '../../server/src/organization/entities/cost-center.entity.js';
import { Worker } from '../../server/src/organization/entities/worker.entity.js';
import { toXlsx } from '../../server/src/exports/xlsx.js';
import { LatestRunPriceSource } from '../../server/src/reports/prices/latest-run-price-source.js';
import { FULL_ACCESS, type Report } from '../../server/src/reports/report.js';
import { ActivityService } from '../../server/src/reports/services/activity.service.js';
import { ClientCostService } from '../../server/src/reports/services/client-cost.service.js';
import { MakeOrBuyService } from '../../server/src/reports/services/make-or-buy.service.js';
import { PriceCompositionService } from '../../server/src/reports/services/price-composition.service.js';
import { PriceHistoryService } from '../../server/src/reports/services/price-history.service.js';
import { WorkingTimeService } from '../../server/src/reports/services/working-time.service.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const YEAR = 2011;
const KEY = 'bench-key-0123456789abcdef0123456789abcdef';
const scale = Number(process.argv[2] ?? 10);
const which = process.argv[3] ?? (process.env.DATABASE_URL ? 'server' : 'embedded');
const TIMED_RUNS = 3;

const COLUMNS = [
  'record_date',
  'worker_code',
  'cost_center_code',
  'region_code',
  'product_code',
  'client_key',
  'home_municipality',
  'minutes',
  'kind',
  'client_groups',
  'dedupe_key',
];

/** The generator's CSV lines as time_records rows, the client reference pseudonymized as the importer does. */
function* records(): Generator<Row> {
  const keys = new Map<string, string>();
  const keyOf = (ref: string) => {
    let key = keys.get(ref);
    if (!key) keys.set(ref, (key = createHmac('sha256', KEY).update(ref).digest('hex')));
    return key;
  };
  let index = 0;
  for (const line of generateTimeRecordLines({ year: YEAR, scale })) {
    if (line.startsWith('Pvm;')) continue;
    const [date, worker, center, region, client, home, product, minutes, kind, group] = line.split(';');
    const [d, m, y] = date.split('.');
    yield [
      `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`,
      worker,
      center,
      region,
      product,
      keyOf(client),
      home,
      minutes,
      kind === 'välitön' ? 'direct' : 'indirect',
      group ? [group] : [],
      `bench-${index++}`,
    ];
  }
}

async function seed(dataSource: DataSource): Promise<number> {
  await dataSource.transaction(async (manager) => {
    await registerDemoMasterData(manager);
    await registerDemoVersions(manager);
    const centers = new Map((await manager.getRepository(CostCenter).find()).map((c) => [c.code, c]));
    const known = new Set((await manager.getRepository(Worker).find()).map((w) => w.code));
    const extra = demoWorkers(scale).filter((w) => !known.has(w.code));
    await manager.getRepository(Worker).insert(
      extra.map((w) => ({
        code: w.code,
        profession: w.profession,
        fte: new Decimal(w.fte),
        costCenterId: centers.get(w.costCenter)?.id,
        regionId: centers.get(w.costCenter)?.regionId ?? null,
      })),
    );
  });
  const imports = new ImportsService(
    dataSource,
    { pseudonymKey: KEY } as AppConfig,
    new ImportProfilesService(dataSource),
    new ImportBatchesService(dataSource),
  );
  await imports.importFile({
    kind: 'ledger',
    source: DEMO_LEDGER_FILE,
    profile: 'jyvaskyla-2011',
    author: 'bench',
  });
  const { rows } = await bulkInsert(dataSource.manager, 'time_records', COLUMNS, records());
  await dataSource.query('VACUUM ANALYZE time_records');
  const run = await new RunsService(dataSource).start(
    { year: YEAR, costVersion: 'TP', scenario: 'base' },
    'bench',
    {
      wait: true,
    },
  );
  if (run.status !== 'succeeded') throw new Error(`the bench run failed: ${run.error}`);
  return rows;
}

type Case = [name: string, report: () => Promise<Report>];

function cases(dataSource: DataSource): Case[] {
  const prices = new LatestRunPriceSource(dataSource);
  const runs = new RunsService(dataSource);
  const workingTime = new WorkingTimeService(dataSource);
  const activity = new ActivityService(dataSource);
  const clients = new ClientCostService(dataSource, prices);
  const year = { year: YEAR };
  const oneClient = createHmac('sha256', KEY).update('400000').digest('hex');
  const by = (dimension: string) => () =>
    workingTime.report({ ...year, by: dimension } as never, FULL_ACCESS);
  return [
    ['working time by worker', by('worker')],
    ['working time by cost center', by('costCenter')],
    ['working time by region', by('region')],
    ['working time by service area', by('serviceArea')],
    ['working time by product', by('product')],
    [
      "a worker's own time by product",
      () => workingTime.forWorker('T0001', { ...year } as never, FULL_ACCESS),
    ],
    [
      "a worker's own time by client",
      () => workingTime.forWorker('T0001', { ...year, by: 'client' } as never, FULL_ACCESS),
    ],
    [
      'cross-service time (cost center × product)',
      () => activity.crossService({ ...year } as never, FULL_ACCESS),
    ],
    ['focus areas (region × month × product)', () => activity.focusAreas({ ...year } as never, FULL_ACCESS)],
    [
      'client statistics (month × product)',
      () => activity.clientStatistics({ ...year } as never, FULL_ACCESS),
    ],
    [
      'client statistics (year × product)',
      () => activity.clientStatistics({ ...year, period: 'year' } as never, FULL_ACCESS),
    ],
    ['client cost (client × product, year)', () => clients.clientCost({ ...year } as never, FULL_ACCESS)],
    [
      'client cost (client totals, month)',
      () => clients.clientCost({ ...year, period: 'month', level: 'client' } as never, FULL_ACCESS),
    ],
    ['billing statement (client × product)', () => clients.billing({ ...year } as never, FULL_ACCESS)],
    [
      'special compensation (client × product)',
      () => clients.specialCompensation({ ...year } as never, FULL_ACCESS),
    ],
    [
      "one client's cost (product × month)",
      () => clients.clientCost({ ...year, period: 'month', clientKey: oneClient } as never, FULL_ACCESS),
    ],
    ['price composition', () => new PriceCompositionService(dataSource, runs).report({ ...year } as never)],
    ['price history', () => new PriceHistoryService(dataSource).report({} as never)],
    ['make or buy', () => new MakeOrBuyService(dataSource, prices).report({ ...year } as never)],
  ];
}

/** Median and slowest of TIMED_RUNS answers after one warm-up, JSON serialization included. */
async function time(report: () => Promise<Report>): Promise<{ rows: number; median: number; max: number }> {
  let rows = (await report()).rows.length;
  const times: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    const started = performance.now();
    const answer = await report();
    JSON.stringify(answer);
    times.push(performance.now() - started);
    rows = answer.rows.length;
  }
  times.sort((a, b) => a - b);
  return { rows, median: times[Math.floor(times.length / 2)], max: times[times.length - 1] };
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;

async function bench(label: string, open: () => Promise<TestDatabase>): Promise<string[]> {
  const db = await open();
  try {
    const loadStarted = performance.now();
    const records = await seed(db.dataSource);
    const lines = [
      `${label}: ${records.toLocaleString('en')} time records of ${YEAR} loaded and priced in ${ms(performance.now() - loadStarted)}`,
      '',
      '| report | rows | median | slowest |',
      '|---|---:|---:|---:|',
    ];
    for (const [name, report] of cases(db.dataSource)) {
      const t = await time(report);
      lines.push(`| ${name} | ${t.rows.toLocaleString('en')} | ${ms(t.median)} | ${ms(t.max)} |`);
    }
    const [, clientCost] =
      cases(db.dataSource).find(([name]) => name.startsWith('client cost (client × product')) ?? [];
    const largest = await clientCost!();
    const started = performance.now();
    await toXlsx(largest);
    lines.push(
      '',
      `XLSX of the client cost report (${largest.rows.length.toLocaleString('en')} rows): ${ms(performance.now() - started)}`,
    );
    return lines;
  } finally {
    if (process.env.REPORTS_BENCH_KEEP) console.log(`kept for EXPLAIN: ${db.url}`);
    else await db.close();
  }
}

const output: string[] = [];
if (which === 'server' || which === 'both') {
  if (!process.env.DATABASE_URL) throw new Error('server needs DATABASE_URL');
  output.push(...(await bench('PostgreSQL (DATABASE_URL)', () => createTestDatabase())), '');
}
if (which === 'embedded' || which === 'both') {
  output.push(...(await bench('embedded PGlite', () => createTestDatabase({ forceEmbedded: true }))));
}
console.log(output.join('\n'));
