import type { Decimal } from 'decimal.js';
import { Column, Entity } from 'typeorm';
import { MoneyColumn } from '../../common/money/money-column.js';
import { RunResultListRow } from './run-result-row.js';

/** Cost that could not reach a product (e.g. a production center without hours), reported, never dropped. */
@Entity('run_unallocated')
export class RunUnallocated extends RunResultListRow {
  @Column({ type: 'text' })
  costCenterCode: string;

  @Column({ type: 'text', nullable: true })
  accountCode: string | null;

  @MoneyColumn()
  amount: Decimal;

  @Column({ type: 'text' })
  reason: string;
}
