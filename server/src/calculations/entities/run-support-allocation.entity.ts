import type { Decimal } from 'decimal.js';
import { Column, Entity } from 'typeorm';
import { MoneyColumn } from '../../common/money/money-column.js';
import { RunResultListRow } from './run-result-row.js';

/** An amount moved from a support center to another center in one run, in allocation order. */
@Entity('run_support_allocations')
export class RunSupportAllocation extends RunResultListRow {
  @Column({ type: 'text' })
  fromCenterCode: string;

  @Column({ type: 'text' })
  toCenterCode: string;

  @MoneyColumn()
  amount: Decimal;
}
