import { createHash } from 'node:crypto';
import type { CostLineRow, TimeRecordRow } from '../parsing/index.js';

// A record's dedupe key is SHA-256 over its identity hash and its occurrence number within the file
// (computed in SQL, see staging.ts): the second identical row of one file is a second real visit, and an
// overlapping export repeats the same occurrences. The identity is hashed here, once per record.
// The leading tag versions the definition: changing what an identity holds needs a new tag.

/** Date, worker, cost center, product, client key, minutes, kind and the source record id, if any. */
export function timeRecordIdentity(record: TimeRecordRow): string {
  return hash([
    'time/1',
    record.date,
    record.workerCode,
    record.costCenter,
    record.product,
    record.clientKey,
    record.minutes,
    record.kind,
    record.sourceRecordId ?? null,
  ]);
}

/** Year, version, ledger unit and account: the amount is what a re-import may not silently change. */
export function costLineIdentity(line: CostLineRow): string {
  return hash(['ledger/1', line.year, line.version, line.costCenter, line.account]);
}

function hash(identity: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(identity), 'utf8').digest('hex');
}
