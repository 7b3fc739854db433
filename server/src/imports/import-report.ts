import type { Readable } from 'node:stream';
import type { CostLineDefaults } from './parsing/index.js';
import type { ImportStatus } from './entities/import-batch.entity.js';
import type { ImportKind } from './entities/import-profile.entity.js';

export type { ImportKind, ImportStatus };

/** What to import: a file (path or byte stream) of one kind, read with a profile. */
export interface ImportRequest {
  readonly kind: ImportKind;
  readonly source: string | Readable | AsyncIterable<Uint8Array>;
  /** The name shown in the report and messages; defaults to the path's last part. */
  readonly fileName?: string;
  /** Profile code; default effica-time-v1 (time) or ledger-v1 (ledger). */
  readonly profile?: string;
  /** Year, version and cost center for ledgers whose file lacks them (the headerless profile). */
  readonly defaults?: CostLineDefaults;
  readonly author: string;
}

export interface RejectionEntry {
  /** 1-based line of the file; 0 for the file as a whole. */
  readonly line: number;
  readonly column: string | null;
  readonly reason: string;
}

/** A batch as listed: what was imported, how, by whom, and its counts (read = imported + duplicate + rejected). */
export interface ImportBatchSummary {
  readonly batchId: string;
  readonly kind: ImportKind;
  readonly status: ImportStatus;
  readonly fileName: string;
  readonly fileSha256: string;
  readonly profileCode: string;
  readonly profileVersion: number;
  readonly rowsRead: number;
  readonly rowsImported: number;
  readonly rowsDuplicate: number;
  readonly rowsRejected: number;
  /** Why a refused or failed import was refused or failed. */
  readonly error: string | null;
  readonly author: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly deletedAt: string | null;
  readonly deletedBy: string | null;
  readonly recordsDeleted: number | null;
}

/** A batch with its stored records and a page of its rejections. */
export interface ImportReport extends ImportBatchSummary {
  /** Time records or cost lines now stored from this batch (a ledger row can give two: budget and actual). */
  readonly recordsStored: number;
  readonly rejectionsTotal: number;
  readonly rejectionsOffset: number;
  readonly rejections: RejectionEntry[];
}

export interface DeletedImport {
  readonly batchId: string;
  readonly status: 'deleted';
  readonly recordsDeleted: number;
}
