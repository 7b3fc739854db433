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
import { MoneyColumn } from '../../common/money/money-column.js';
import { ImportBatch } from '../../imports/entities/import-batch.entity.js';

/**
 * Euros on one account of one ledger unit in one year and version (TA budget, TP actual, or a scenario).
 * Codes are kept as the ledger writes them: a ledger unit such as 1111MR350.11 need not be a cost center
 * of the organization; classification rules map them.
 */
@Entity('cost_lines')
@Unique(['dedupeKey'])
@Check('ck_cost_lines_year', 'year BETWEEN 1900 AND 2999')
@Check(
  'ck_cost_lines_codes',
  "btrim(version) <> '' AND btrim(cost_center_code) <> '' AND btrim(account_code) <> ''",
)
@Index(['year', 'version', 'costCenterCode'])
@Index(['importBatchId'])
export class CostLine {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'text' })
  version: string;

  @Column({ type: 'text' })
  costCenterCode: string;

  @Column({ type: 'text', nullable: true })
  costCenterName: string | null;

  @Column({ type: 'text' })
  accountCode: string;

  @Column({ type: 'text', nullable: true })
  accountName: string | null;

  @MoneyColumn()
  amount: Decimal;

  /** Further source columns (hierarchy levels, line number) for rules and reports. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  attributes: Record<string, string>;

  /** Computed by the importer from the line's identity, so re-importing the same line adds nothing. */
  @Column({ type: 'text' })
  dedupeKey: string;

  @Column({ type: 'uuid', nullable: true })
  importBatchId: string | null;

  @ManyToOne(() => ImportBatch, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn()
  importBatch: Relation<ImportBatch> | null;
}
