import type { EntityManager } from 'typeorm';
import type { CostLineProfile, CostLineRow, ParseRun } from '../parsing/index.js';
import { columnLabel } from './column-label.js';
import { costLineIdentity } from './dedupe-identity.js';
import { completeCounts, type LoadCounts } from './load-counts.js';
import { DEDUPE_KEY_SQL, stageParse, storeStagedRejections, type StageSpec } from './staging.js';

const STAGE = 'import_cost_stage';
const KEYED = 'import_cost_keyed';

const COLUMNS = [
  { name: 'year', type: 'integer' },
  { name: 'version', type: 'text' },
  { name: 'cost_center_code', type: 'text' },
  { name: 'cost_center_name', type: 'text' },
  { name: 'account_code', type: 'text' },
  { name: 'account_name', type: 'text' },
  { name: 'amount', type: 'numeric(14,2)' },
  { name: 'attributes', type: 'jsonb' },
  /** The file column the amount came from, to name it in a conflict. */
  { name: 'amount_column', type: 'text' },
];

// Ledger imports take turns, so no other import can store a conflicting amount between the check and the insert.
const LEDGER_LOCK = "SELECT pg_advisory_xact_lock(hashtext('tuotteisto:ledger-import'))";

const KEY_RECORDS = `
  CREATE TEMPORARY TABLE ${KEYED} ON COMMIT DROP AS
  SELECT *, ${DEDUPE_KEY_SQL} AS dedupe_key FROM ${STAGE} WHERE reason IS NULL`;

/** Amounts as a finance user writes them: 1 234,50 (to_char's `,` and `.` are literal, not the locale's). */
const finnish = (amount: string): string =>
  `translate(to_char(${amount}, 'FM999,999,999,990.00'), ',.', ' ,')`;

// One rejection per row: its first record whose amount differs from the one stored under the same identity.
const REJECT_CONFLICTS = `
  INSERT INTO import_rejections (batch_id, line, column_name, reason)
  SELECT DISTINCT ON (k.line) $1, k.line, k.amount_column,
    k.amount_column || ': ' || k.year || ' ' || k.version || ' ' || k.cost_center_code || ' account ' ||
    k.account_code || ' was already imported with amount ' || ${finnish('c.amount')} ||
    coalesce(' in batch ' || b.id || ' (file ' || b.file_name || ')', '') || ', not ' || ${finnish('k.amount')} ||
    '; delete that batch to replace it'
  FROM ${KEYED} k
  JOIN cost_lines c ON c.dedupe_key = k.dedupe_key
  LEFT JOIN import_batches b ON b.id = c.import_batch_id
  WHERE c.amount <> k.amount
  ORDER BY k.line, k.seq`;

const LINE_COLUMNS =
  'year, version, cost_center_code, cost_center_name, account_code, account_name, amount, attributes';

// A row with a rejected record adds none of its records: a budget without its actual would mislead.
const INSERT = `
  WITH inserted AS (
    INSERT INTO cost_lines (${LINE_COLUMNS}, dedupe_key, import_batch_id)
    SELECT ${LINE_COLUMNS}, dedupe_key, $1 FROM ${KEYED} k
    WHERE NOT EXISTS (SELECT 1 FROM import_rejections r WHERE r.batch_id = $1 AND r.line = k.line)
    ORDER BY seq
    ON CONFLICT (dedupe_key) DO NOTHING
    RETURNING dedupe_key)
  SELECT count(*)::int AS records, count(DISTINCT k.line)::int AS rows
  FROM inserted i JOIN ${KEYED} k ON k.dedupe_key = i.dedupe_key`;

const REJECTED_ROWS = 'SELECT count(DISTINCT line)::int AS rows FROM import_rejections WHERE batch_id = $1';

// The last name the file gives an account wins; an account the file does not name is named by its code.
const UPSERT_NAMED_ACCOUNTS = `
  INSERT INTO accounts (code, name)
  SELECT DISTINCT ON (account_code) account_code, account_name FROM ${KEYED}
  WHERE account_name IS NOT NULL ORDER BY account_code, seq DESC
  ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, updated_at = now()
  WHERE accounts.name IS DISTINCT FROM EXCLUDED.name`;

const INSERT_UNNAMED_ACCOUNTS = `
  INSERT INTO accounts (code, name) SELECT DISTINCT account_code, account_code FROM ${KEYED}
  ON CONFLICT (code) DO NOTHING`;

/**
 * Stages the parse, rejects rows whose amount differs from what an earlier import stored under the same
 * identity, adds the new cost lines and upserts the accounts. A row counts as imported when any of its
 * lines was added, as a duplicate when all of them were there already.
 */
export async function loadCostLines(
  manager: EntityManager,
  batchId: string,
  run: ParseRun<CostLineRow>,
  profile: CostLineProfile,
): Promise<LoadCounts> {
  const spec: StageSpec<CostLineRow> = {
    table: STAGE,
    columns: COLUMNS,
    values: stageValues(profile),
    identity: costLineIdentity,
  };
  await manager.query(LEDGER_LOCK);
  await stageParse(manager, spec, run);
  await manager.query(KEY_RECORDS);
  await storeStagedRejections(manager, STAGE, batchId);
  await manager.query(REJECT_CONFLICTS, [batchId]);
  const [inserted]: { records: number; rows: number }[] = await manager.query(INSERT, [batchId]);
  const [rejected]: { rows: number }[] = await manager.query(REJECTED_ROWS, [batchId]);
  await manager.query(UPSERT_NAMED_ACCOUNTS);
  await manager.query(INSERT_UNNAMED_ACCOUNTS);
  return completeCounts(run.summary().rowsRead, inserted.rows, rejected.rows, inserted.records);
}

function stageValues(profile: CostLineProfile): (line: CostLineRow) => unknown[] {
  const amountColumn = amountColumnOf(profile);
  return (line) => [
    line.year,
    line.version,
    line.costCenter,
    line.costCenterName ?? null,
    line.account,
    line.accountName ?? null,
    line.amount,
    { ...line.attributes, sourceLine: String(line.line) },
    amountColumn(line.version),
  ];
}

/** A profile with several amount columns gives each its own version (Budjetti eur → TA). */
function amountColumnOf(profile: CostLineProfile): (version: string) => string {
  const [first] = profile.amounts;
  if (profile.amounts.length === 1) return () => columnLabel(first.column);
  return (version) =>
    columnLabel((profile.amounts.find((amount) => amount.version === version) ?? first).column);
}
