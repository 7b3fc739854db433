import type { EntityManager } from 'typeorm';
import type { ParseRun, TimeRecordRow } from '../parsing/index.js';
import { timeRecordIdentity } from './dedupe-identity.js';
import { completeCounts, type LoadCounts } from './load-counts.js';
import type { ReferenceCodes } from './reference-codes.js';
import { DEDUPE_KEY_SQL, stageParse, storeStagedRejections, type StageSpec } from './staging.js';

const STAGE = 'import_time_stage';

const COLUMNS = [
  { name: 'record_date', type: 'date' },
  { name: 'worker_code', type: 'text' },
  { name: 'cost_center_code', type: 'text' },
  { name: 'region_code', type: 'text' },
  { name: 'product_code', type: 'text' },
  { name: 'client_key', type: 'text' },
  { name: 'home_municipality', type: 'text' },
  { name: 'minutes', type: 'numeric' },
  { name: 'kind', type: 'text' },
  { name: 'client_groups', type: 'text[]' },
  { name: 'source_record_id', type: 'text' },
];

const names = COLUMNS.map((column) => column.name).join(', ');

// ORDER BY seq keeps the file's (roughly date) order on disk, which the BRIN index on record_date needs.
const INSERT = `
  WITH inserted AS (
    INSERT INTO time_records (${names}, dedupe_key, import_batch_id)
    SELECT ${names}, ${DEDUPE_KEY_SQL}, $1 FROM ${STAGE} WHERE reason IS NULL ORDER BY seq
    ON CONFLICT (dedupe_key) DO NOTHING
    RETURNING 1)
  SELECT count(*)::int AS inserted FROM inserted`;

/** How time records are staged: the parser's fields, their identity, and the registers' check. */
export function timeStageSpec(references: ReferenceCodes): StageSpec<TimeRecordRow> {
  return {
    table: STAGE,
    columns: COLUMNS,
    values: stageValues,
    identity: timeRecordIdentity,
    check: (record) => references.check(record),
  };
}

/** Adds the staged records not stored before; returns how many were added. */
export async function storeStagedTimeRecords(manager: EntityManager, batchId: string): Promise<number> {
  const [{ inserted }]: { inserted: number }[] = await manager.query(INSERT, [batchId]);
  return inserted;
}

/** Stages the parse, stores its rejections and adds the records not stored before (one row, one record). */
export async function loadTimeRecords(
  manager: EntityManager,
  batchId: string,
  run: ParseRun<TimeRecordRow>,
  references: ReferenceCodes,
): Promise<LoadCounts> {
  const tally = await stageParse(manager, timeStageSpec(references), run);
  await storeStagedRejections(manager, STAGE, batchId);
  const inserted = await storeStagedTimeRecords(manager, batchId);
  return completeCounts(run.summary().rowsRead, inserted, tally.rejections, inserted);
}

function stageValues(record: TimeRecordRow): unknown[] {
  return [
    record.date,
    record.workerCode,
    record.costCenter,
    record.region ?? null,
    record.product,
    record.clientKey,
    record.homeMunicipality ?? null,
    record.minutes,
    record.kind,
    record.clientGroups,
    record.sourceRecordId ?? null,
  ];
}
