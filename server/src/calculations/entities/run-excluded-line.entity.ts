import type { Decimal } from 'decimal.js';
import { Column, Entity } from 'typeorm';
import { MoneyColumn } from '../../common/money/money-column.js';
import { RunResultListRow } from './run-result-row.js';

/** A cost line the classification excluded from prices, with the reason and the rule that said so. */
@Entity('run_excluded_lines')
export class RunExcludedLine extends RunResultListRow {
  @Column({ type: 'text' })
  costCenterCode: string;

  @Column({ type: 'text' })
  accountCode: string;

  @MoneyColumn()
  amount: Decimal;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'text', nullable: true })
  ruleName: string | null;
}
