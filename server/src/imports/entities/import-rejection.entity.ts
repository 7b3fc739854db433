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
import { ImportBatch } from './import-batch.entity.js';

/** A rejected row of an import: where (line, column) and why. Never the rejected value itself. */
@Entity('import_rejections')
@Check('ck_import_rejections_line', 'line >= 0')
@Index(['batchId', 'line'])
export class ImportRejection {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  batchId: string;

  @ManyToOne(() => ImportBatch, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn()
  batch: Relation<ImportBatch>;

  /** 1-based line of the file; 0 for the file as a whole. */
  @Column({ type: 'integer' })
  line: number;

  @Column({ type: 'text', nullable: true })
  columnName: string | null;

  @Column({ type: 'text' })
  reason: string;
}
