import type { Decimal } from 'decimal.js';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { DecimalColumn } from '../../common/money/money-column.js';
import { ImportBatch } from '../../imports/entities/import-batch.entity.js';

export type WorkKind = 'direct' | 'indirect';

/**
 * Minutes of client work by one worker for one client on one product on one date, as exported by the
 * client information system. Codes are the source system's; the client appears only as a keyed hash.
 */
@Entity('time_records')
@Unique(['dedupeKey'])
@Check('ck_time_records_minutes', 'minutes > 0 AND minutes <= 1440')
@Check('ck_time_records_kind', "kind IN ('direct', 'indirect')")
@Check(
  'ck_time_records_client_key',
  "length(client_key) = 64 AND encode(decode(client_key, 'hex'), 'hex') = client_key",
)
// Few, cheap indexes: every run and report reads a date range (see the migration).
@Index(['recordDate'], { type: 'brin' })
@Index(['importBatchId'], { type: 'brin' })
export class TimeRecord {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  /** "2024-01-01": a date-only value, never a Date, so no time zone can shift it. */
  @Column({ type: 'date' })
  recordDate: string;

  @Column({ type: 'text' })
  workerCode: string;

  @Column({ type: 'text' })
  costCenterCode: string;

  @Column({ type: 'text', nullable: true })
  regionCode: string | null;

  @Column({ type: 'text' })
  productCode: string;

  /** HMAC-SHA-256 (hex) of the client reference under PSEUDONYM_KEY; the check refuses anything else. */
  @Column({ type: 'text' })
  clientKey: string;

  @Column({ type: 'text', nullable: true })
  homeMunicipality: string | null;

  @DecimalColumn()
  minutes: Decimal;

  @Column({ type: 'text' })
  kind: WorkKind;

  /** Tags such as an immigrant client group (special compensation reports). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  clientGroups: string[];

  @Column({ type: 'text', nullable: true })
  sourceRecordId: string | null;

  @Column({ type: 'text' })
  dedupeKey: string;

  @Column({ type: 'uuid', nullable: true })
  importBatchId: string | null;

  @ManyToOne(() => ImportBatch, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn()
  importBatch: Relation<ImportBatch> | null;
}
