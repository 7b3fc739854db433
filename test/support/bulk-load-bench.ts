// Measures bulkInsert's methods on the embedded database and, with DATABASE_URL, on the server:
//   npm run build && node dist/test/support/bulk-load-bench.js [rows=1000000]
// Each method loads the same rows into time_records (all its constraints and indexes) and into a bare
// table of the same columns, inside one transaction. Prints a markdown table.
import 'reflect-metadata';
import { Decimal } from 'decimal.js';
import { bulkInsert, type BulkLoadMethod, type Row } from '../../server/src/database/bulk-load.js';
import { copyLine } from '../../server/src/database/copy-text.js';
import { createTestDatabase, type TestDatabase } from './database.js';

const COLUMNS = [
  'record_date',
  'worker_code',
  'cost_center_code',
  'product_code',
  'client_key',
  'home_municipality',
  'minutes',
  'kind',
  'client_groups',
  'dedupe_key',
];

const BARE_TABLE = `CREATE TABLE bench_bare (record_date date, worker_code text, cost_center_code text, product_code text,
  client_key text, home_municipality text, minutes numeric, kind text, client_groups text[], dedupe_key text)`;

function row(i: number): Row {
  const key = ((i * 2654435761) % 4294967296).toString(16).padStart(8, '0').repeat(8);
  const day = 1 + Math.floor((i * 365) / rows);
  const date = new Date(Date.UTC(2024, 0, day)).toISOString().slice(0, 10);
  return [
    date,
    `W${i % 70}`,
    `CC${i % 9}`,
    `P${i % 9}`,
    key,
    i % 2 === 0 ? null : 'Jyväskylä',
    new Decimal(15 + (i % 90)),
    i % 5 < 3 ? 'direct' : 'indirect',
    i % 10 === 0 ? ['maahanmuuttaja'] : [],
    `${key.slice(0, 32)}:${i}`,
  ];
}

async function* generate(): AsyncGenerator<Row> {
  for (let i = 0; i < rows; i++) yield row(i);
}

async function measure(db: TestDatabase, table: string, method: BulkLoadMethod): Promise<number> {
  await db.dataSource.query(`TRUNCATE ${table}`);
  const started = performance.now();
  await db.dataSource.transaction((manager) => bulkInsert(manager, table, COLUMNS, generate(), { method }));
  return performance.now() - started;
}

async function bench(label: string, db: TestDatabase, methods: BulkLoadMethod[]): Promise<string[]> {
  await db.dataSource.query(BARE_TABLE);
  const lines: string[] = [];
  for (const method of methods) {
    const bare = await measure(db, 'bench_bare', method);
    const full = await measure(db, 'time_records', method);
    lines.push(`| ${label} | ${method} | ${seconds(bare)} | ${seconds(full)} | ${rate(full)} |`);
    console.error(lines.at(-1));
  }
  return lines;
}

/** What every figure includes: producing the rows and serializing them, without any database. */
async function baseline(): Promise<string> {
  const started = performance.now();
  for await (const values of generate()) copyLine(values);
  return `| (none) | generate + serialize only | ${seconds(performance.now() - started)} | | |`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function rate(ms: number): string {
  return `${Math.round(rows / (ms / 1000)).toLocaleString('en')} rows/s`;
}

const rows = Number(process.argv[2] ?? 1_000_000);
const lines = [
  '| database | method | bare table | time_records | time_records rate |',
  '|---|---|---|---|---|',
];
lines.push(await baseline());
const embedded = await createTestDatabase({ forceEmbedded: true });
try {
  lines.push(...(await bench('embedded PGlite', embedded, ['copy-blob', 'insert-unnest'])));
} finally {
  await embedded.close();
}
if (process.env.DATABASE_URL) {
  const server = await createTestDatabase();
  try {
    lines.push(...(await bench('PostgreSQL server', server, ['copy-stdin', 'insert-unnest'])));
  } finally {
    await server.close();
  }
}
console.log(`${rows.toLocaleString('en')} rows\n\n${lines.join('\n')}`);
