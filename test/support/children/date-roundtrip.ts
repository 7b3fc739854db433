// Child process for the time-zone tests: `TZ=… node date-roundtrip.js <databaseUrl> <embedded: yes|no>`.
// Writes and reads date-only values through the application's data source and prints what came back.
import 'reflect-metadata';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { AllocationKeyVersion } from '../../../server/src/rules/entities/allocation-key-version.entity.js';
import { buildDataSourceOptions } from '../../../server/src/database/data-source.js';

const [url, embedded] = process.argv.slice(2);
const dataSource = new DataSource(buildDataSourceOptions({ url, poolSize: 1, embedded: embedded === 'yes' }));
await dataSource.initialize();
const code = `tz-${process.env.TZ}-${process.pid}`;
const repository = dataSource.getRepository(AllocationKeyVersion);
await repository.insert({
  code,
  version: 1,
  effectiveFrom: '2024-01-01',
  document: {},
  hash: '0'.repeat(64),
  author: 'test',
});
const entity = await repository.findOneByOrFail({ code });
const [raw] = await dataSource.query<{ d: unknown; arr: unknown }[]>(
  `SELECT effective_from AS d, ARRAY[effective_from, '2024-12-31'::date] AS arr FROM allocation_key_versions
   WHERE code = $1`,
  [code],
);
const found = await repository.countBy({ code, effectiveFrom: '2024-01-01' });
await dataSource.destroy();

// For contrast: pg's default parser, which this application does not use.
const plain = new pg.Client({ connectionString: url });
await plain.connect();
const { rows } = await plain.query<{ d: unknown }>("SELECT '2024-01-01'::date AS d");
await plain.end();

console.log(
  JSON.stringify({
    offsetMinutes: new Date(2024, 0, 1).getTimezoneOffset(),
    entity: entity.effectiveFrom,
    raw: raw.d,
    array: raw.arr,
    foundByDate: found,
    json: JSON.parse(JSON.stringify({ d: entity.effectiveFrom })) as unknown,
    pgDefaultJson: JSON.parse(JSON.stringify(rows[0])) as unknown,
  }),
);
