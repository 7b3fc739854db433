import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, notFound } from '../common/errors/domain-error.js';
import { ImportBatch } from './entities/import-batch.entity.js';
import { ImportRejection } from './entities/import-rejection.entity.js';
import type {
  DeletedImport,
  ImportBatchSummary,
  ImportKind,
  ImportReport,
  RejectionEntry,
} from './import-report.js';

export interface Page {
  readonly offset: number;
  readonly limit: number;
}

/** The rejections a report carries unless asked for another page. */
export const DEFAULT_REJECTIONS_PAGE: Page = { offset: 0, limit: 1000 };

const RECORD_TABLE: Record<ImportKind, string> = { time: 'time_records', ledger: 'cost_lines' };

/** Import batches as the API and the CLI read them: list, report with rejections, delete. */
@Injectable()
export class ImportBatchesService {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first. */
  async list(page: Page): Promise<ImportBatchSummary[]> {
    const batches = await this.dataSource.getRepository(ImportBatch).find({
      order: { startedAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return batches.map(toSummary);
  }

  async report(id: string, page: Page = DEFAULT_REJECTIONS_PAGE): Promise<ImportReport> {
    const batch = await this.dataSource.getRepository(ImportBatch).findOneBy({ id });
    if (!batch) throw notFound(`Import ${id}`);
    const [rejections, rejectionsTotal] = await this.dataSource.getRepository(ImportRejection).findAndCount({
      where: { batchId: id },
      order: { line: 'ASC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return {
      ...toSummary(batch),
      recordsStored: await countRecords(this.dataSource.manager, batch),
      rejectionsTotal,
      rejectionsOffset: page.offset,
      rejections: rejections.map(toEntry),
    };
  }

  /**
   * Removes the batch's time records or cost lines; the batch stays, as `deleted`, with its report and
   * rejections, who deleted it and how many rows went. Then the same file can be imported again.
   */
  async delete(id: string, author: string): Promise<DeletedImport> {
    return this.dataSource.transaction(async (manager) => {
      const batches = manager.getRepository(ImportBatch);
      const batch = await batches.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!batch) throw notFound(`Import ${id}`);
      if (batch.status !== 'completed') {
        throw new DomainError(
          'CONFLICT',
          `Import ${id} is ${batch.status}: only a completed import can be deleted`,
        );
      }
      const [{ deleted }]: { deleted: number }[] = await manager.query(
        `WITH gone AS (DELETE FROM ${RECORD_TABLE[batch.kind]} WHERE import_batch_id = $1 RETURNING 1)
         SELECT count(*)::int AS deleted FROM gone`,
        [id],
      );
      await batches.update(id, {
        status: 'deleted',
        deletedAt: new Date(),
        deletedBy: author,
        recordsDeleted: deleted,
      });
      return { batchId: id, status: 'deleted', recordsDeleted: deleted };
    });
  }
}

async function countRecords(manager: EntityManager, batch: ImportBatch): Promise<number> {
  const [{ count }]: { count: number }[] = await manager.query(
    `SELECT count(*)::int AS count FROM ${RECORD_TABLE[batch.kind]} WHERE import_batch_id = $1`,
    [batch.id],
  );
  return count;
}

export function toSummary(batch: ImportBatch): ImportBatchSummary {
  return {
    batchId: batch.id,
    kind: batch.kind,
    status: batch.status,
    fileName: batch.fileName,
    fileSha256: batch.fileSha256,
    profileCode: batch.profileCode,
    profileVersion: batch.profileVersion,
    rowsRead: batch.rowsRead,
    rowsImported: batch.rowsImported,
    rowsDuplicate: batch.rowsDuplicate,
    rowsRejected: batch.rowsRejected,
    error: batch.error,
    author: batch.author,
    startedAt: batch.startedAt.toISOString(),
    finishedAt: batch.finishedAt?.toISOString() ?? null,
    deletedAt: batch.deletedAt?.toISOString() ?? null,
    deletedBy: batch.deletedBy,
    recordsDeleted: batch.recordsDeleted,
  };
}

function toEntry(rejection: ImportRejection): RejectionEntry {
  return { line: rejection.line, column: rejection.columnName, reason: rejection.reason };
}
