// Every import streams its parse events into a temporary staging table inside the import's transaction
// (bulkInsert: COPY on a server, PGlite's own COPY on the embedded database), then moves them into the
// real tables with set-based SQL. Nothing of the file is held in memory, and a refused file rolls back
// the staging table with everything else. The table is private to the transaction (ON COMMIT DROP).
import type { EntityManager } from 'typeorm';
import { bulkInsert, type Row } from '../../database/bulk-load.js';
import type { ParseRun, Rejection } from '../parsing/index.js';

export interface StageColumn {
  readonly name: string;
  readonly type: string;
}

/** How one kind of record is staged: its columns, values, identity and an optional further check. */
export interface StageSpec<T> {
  readonly table: string;
  readonly columns: readonly StageColumn[];
  values(record: T): readonly unknown[];
  identity(record: T): string;
  /** A reason to reject a record the parser accepted (e.g. an unknown code). */
  check?(record: T): Rejection | undefined;
}

/** Rows staged, by outcome; a rejected row is one staged rejection. */
export interface StageTally {
  records: number;
  rejections: number;
}

// seq orders the events as they came (ties between identical rows resolve by it); a staged row is either
// a rejection (reason set, record columns null) or a record (identity set).
const COMMON: readonly StageColumn[] = [
  { name: 'seq', type: 'integer NOT NULL' },
  { name: 'line', type: 'integer NOT NULL' },
  { name: 'column_name', type: 'text' },
  { name: 'reason', type: 'text' },
  { name: 'identity', type: 'text' },
];

/**
 * SQL for a staged record's dedupe key: SHA-256 of its identity and its occurrence number among the
 * file's records of the same identity. Needs `identity` and `seq` of the staging table in scope.
 */
export const DEDUPE_KEY_SQL =
  "encode(sha256(convert_to(identity || '#' || " +
  "row_number() OVER (PARTITION BY identity ORDER BY seq), 'UTF8')), 'hex')";

/** Creates the staging table and loads the parse into it; returns what was staged. */
export async function stageParse<T extends { line: number }>(
  manager: EntityManager,
  spec: StageSpec<T>,
  run: ParseRun<T>,
): Promise<StageTally> {
  const columns = [...COMMON, ...spec.columns];
  const definition = columns.map((column) => `${column.name} ${column.type}`).join(', ');
  await manager.query(`CREATE TEMPORARY TABLE ${spec.table} (${definition}) ON COMMIT DROP`);
  const tally: StageTally = { records: 0, rejections: 0 };
  const names = columns.map((column) => column.name);
  await bulkInsert(manager, spec.table, names, stagedRows(spec, run, tally));
  return tally;
}

async function* stagedRows<T extends { line: number }>(
  spec: StageSpec<T>,
  run: ParseRun<T>,
  tally: StageTally,
): AsyncGenerator<Row> {
  const empty = spec.columns.map(() => null);
  let seq = 0;
  for await (const event of run) {
    seq++;
    const rejection = event.kind === 'rejection' ? event.rejection : spec.check?.(event.record);
    if (rejection) {
      tally.rejections++;
      yield [seq, rejection.line, rejection.column ?? null, rejection.reason, null, ...empty];
    } else if (event.kind === 'record') {
      tally.records++;
      const { record } = event;
      yield [seq, record.line, null, null, spec.identity(record), ...spec.values(record)];
    }
  }
}

/** The staged rejections become the batch's rejections, in file order. */
export async function storeStagedRejections(
  manager: EntityManager,
  table: string,
  batchId: string,
): Promise<void> {
  await manager.query(
    `INSERT INTO import_rejections (batch_id, line, column_name, reason)
     SELECT $1, line, column_name, reason FROM ${table} WHERE reason IS NOT NULL ORDER BY seq`,
    [batchId],
  );
}
