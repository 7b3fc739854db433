import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { ImportProfile, type ImportKind } from './import-profile.entity.js';

/**
 * running → completed | failed; refused: the whole file was refused (e.g. it contained a henkilötunnus);
 * completed → deleted: its rows were removed, the batch stays as the record of what happened.
 */
export type ImportStatus = 'running' | 'completed' | 'failed' | 'refused' | 'deleted';

/** One import of one file: its report (read = imported + duplicate + rejected) and the profile version used. */
@Entity('import_batches')
@Check('ck_import_batches_kind', "kind IN ('time', 'ledger')")
@Check('ck_import_batches_status', "status IN ('running', 'completed', 'failed', 'refused', 'deleted')")
@Check(
  'ck_import_batches_deleted',
  "(status = 'deleted') = (deleted_at IS NOT NULL) AND (deleted_at IS NULL) = (deleted_by IS NULL) AND " +
    '(deleted_at IS NULL) = (records_deleted IS NULL) AND records_deleted >= 0',
)
@Check('ck_import_batches_file_sha256', "file_sha256 ~ '^[0-9a-f]{64}$'")
@Check(
  'ck_import_batches_counts',
  'rows_read >= 0 AND rows_imported >= 0 AND rows_duplicate >= 0 AND rows_rejected >= 0 AND ' +
    "(status <> 'completed' OR rows_read = rows_imported + rows_duplicate + rows_rejected)",
)
@Check('ck_import_batches_finished', "(status = 'running') = (finished_at IS NULL)")
@Index(['fileSha256'])
export class ImportBatch {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: ImportKind;

  @Column({ type: 'text' })
  fileName: string;

  @Column({ type: 'text' })
  fileSha256: string;

  @Column({ type: 'text' })
  profileCode: string;

  @Column({ type: 'integer' })
  profileVersion: number;

  @ManyToOne(() => ImportProfile, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'profile_code', referencedColumnName: 'code' },
    { name: 'profile_version', referencedColumnName: 'version' },
  ])
  profile: Relation<ImportProfile>;

  @Column({ type: 'text', default: 'running' })
  status: ImportStatus;

  @Column({ type: 'integer', default: 0 })
  rowsRead: number;

  @Column({ type: 'integer', default: 0 })
  rowsImported: number;

  @Column({ type: 'integer', default: 0 })
  rowsDuplicate: number;

  @Column({ type: 'integer', default: 0 })
  rowsRejected: number;

  /** Why a failed import failed, in words a finance user understands. */
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'text' })
  author: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  startedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  deletedBy: string | null;

  /** How many time records or cost lines the deletion removed. */
  @Column({ type: 'integer', nullable: true })
  recordsDeleted: number | null;
}
