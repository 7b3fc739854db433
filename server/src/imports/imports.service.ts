import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { ImportBatch, type ImportStatus } from './entities/import-batch.entity.js';
import { ImportRejection } from './entities/import-rejection.entity.js';
import { ImportBatchesService } from './import-batches.service.js';
import { ImportRefusedError, safeFileName } from './import-errors.js';
import { ImportProfilesService, type ResolvedProfile } from './import-profiles.service.js';
import type { ImportReport, ImportRequest } from './import-report.js';
import { loadCostLines } from './loading/cost-line-loader.js';
import { HashedSource } from './loading/hashed-source.js';
import type { LoadCounts } from './loading/load-counts.js';
import { pseudonymizer } from './loading/pseudonymizer.js';
import { ReferenceCodes } from './loading/reference-codes.js';
import { loadTimeRecords } from './loading/time-record-loader.js';
import { ImportFileError, parseCostLines, parseTimeRecords } from './parsing/index.js';
import { describeSafely } from './safe-error.js';

type BatchRow = Pick<
  ImportBatch,
  'kind' | 'fileName' | 'profileCode' | 'profileVersion' | 'status' | 'author' | 'startedAt'
>;

/** One import in progress: what it reads, how, and since when. */
interface ImportJob {
  readonly request: ImportRequest;
  readonly profile: ResolvedProfile;
  readonly fileName: string;
  readonly source: HashedSource;
  readonly startedAt: Date;
}

const FAILED_MESSAGE =
  'The import failed because of an internal error; nothing of the file was stored. The server log has the details.';

/**
 * Imports a time-record export or a cost ledger: one transaction holds the batch, its records and its
 * rejections, so a file refused on its last line leaves the database as it was. A refused or failed
 * import is then recorded as a batch of its own, without any of the file's content.
 */
@Injectable()
export class ImportsService {
  private readonly logger = new Logger('Imports');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly profiles: ImportProfilesService,
    private readonly batches: ImportBatchesService,
  ) {}

  /** Imports the file and returns its report; throws ImportRefusedError when the whole file is refused. */
  async importFile(request: ImportRequest): Promise<ImportReport> {
    const profile = await this.profiles.resolve(request.kind, request.profile, request.author);
    const name = request.fileName ?? (typeof request.source === 'string' ? request.source : 'upload');
    const job: ImportJob = {
      request,
      profile,
      fileName: safeFileName(name),
      source: new HashedSource(request.source),
      startedAt: new Date(),
    };
    try {
      const batchId = await this.dataSource.transaction((manager) => this.load(manager, job));
      const report = await this.batches.report(batchId);
      this.logger.log(describeReport(report));
      return report;
    } catch (error) {
      throw await this.afterFailure(job, error);
    } finally {
      await job.source.close();
    }
  }

  private async load(manager: EntityManager, job: ImportJob): Promise<string> {
    const batches = manager.getRepository(ImportBatch);
    // The file's hash is known once it has been read; the batch is invisible to others until commit.
    const { id } = await batches.save({ ...this.batchRow(job, 'running'), fileSha256: '0'.repeat(64) });
    const counts = await this.loadRecords(manager, id, job);
    await batches.update(id, {
      status: 'completed',
      fileSha256: await job.source.sha256(),
      ...countColumns(counts),
      finishedAt: new Date(),
    });
    return id;
  }

  private async loadRecords(manager: EntityManager, batchId: string, job: ImportJob): Promise<LoadCounts> {
    const { definition } = job.profile;
    const bytes = job.source.bytes();
    const { fileName } = job;
    if (definition.kind === 'time-records') {
      const pseudonymize = pseudonymizer(this.config.pseudonymKey);
      const run = parseTimeRecords(bytes, definition, { pseudonymize, fileName });
      const references = await ReferenceCodes.load(manager, definition, pseudonymize);
      return loadTimeRecords(manager, batchId, run, references);
    }
    const run = parseCostLines(bytes, definition, { defaults: job.request.defaults, fileName });
    return loadCostLines(manager, batchId, run, definition);
  }

  /** After the rollback: records the refusal or failure, and gives the error to throw. */
  private async afterFailure(job: ImportJob, error: unknown): Promise<unknown> {
    if (error instanceof ImportFileError) {
      const where = `line ${error.line ?? '-'}, column ${error.column ?? '-'}`;
      this.logger.warn(`import of "${job.fileName}" refused (${error.code}, ${where}): nothing stored`);
      return ImportRefusedError.from(error, await this.recordEnd(job, 'refused', error));
    }
    if (error instanceof DomainError) return error;
    this.logger.error(`import of "${job.fileName}" failed, nothing stored: ${describeSafely(error)}`);
    await this.recordEnd(job, 'failed');
    return error;
  }

  /** A batch that stored nothing: who tried which file when, and why it was refused. Its id, if recorded. */
  private async recordEnd(
    job: ImportJob,
    status: ImportStatus,
    refusal?: ImportFileError,
  ): Promise<string | null> {
    try {
      const fileSha256 = await job.source.sha256();
      return await this.dataSource.transaction(async (manager) => {
        const reason = refusal?.message ?? FAILED_MESSAGE;
        const batch = { ...this.batchRow(job, status), fileSha256, error: reason, finishedAt: new Date() };
        const { id } = await manager.getRepository(ImportBatch).save(batch);
        const rejection = {
          batchId: id,
          line: refusal?.line ?? 0,
          columnName: refusal?.column ?? null,
          reason,
        };
        if (refusal) await manager.getRepository(ImportRejection).insert(rejection);
        return id;
      });
    } catch (error) {
      this.logger.error(
        `could not record the ${status} import of "${job.fileName}": ${describeSafely(error)}`,
      );
      return null;
    }
  }

  private batchRow(job: ImportJob, status: ImportStatus): BatchRow {
    return {
      kind: job.request.kind,
      fileName: job.fileName,
      profileCode: job.profile.code,
      profileVersion: job.profile.version,
      status,
      author: job.request.author,
      startedAt: job.startedAt,
    };
  }
}

function countColumns(
  counts: LoadCounts,
): Pick<ImportBatch, 'rowsRead' | 'rowsImported' | 'rowsDuplicate' | 'rowsRejected'> {
  const { rowsRead, rowsImported, rowsDuplicate, rowsRejected } = counts;
  return { rowsRead, rowsImported, rowsDuplicate, rowsRejected };
}

function describeReport(report: ImportReport): string {
  return (
    `import ${report.batchId} "${report.fileName}" (${report.profileCode} v${report.profileVersion}): ` +
    `${report.rowsRead} rows read, ${report.rowsImported} imported, ${report.rowsDuplicate} duplicates, ` +
    `${report.rowsRejected} rejected; ${report.recordsStored} records stored`
  );
}
