import type { Decimal } from 'decimal.js';
import { Entity, PrimaryColumn } from 'typeorm';
import { DecimalColumn, MoneyColumn } from '../../common/money/money-column.js';
import { RunResultRow } from './run-result-row.js';

/** A product's cost, client hours and price per client service hour in one run. */
@Entity('run_product_results')
export class RunProductResult extends RunResultRow {
  @PrimaryColumn({ type: 'text' })
  productCode: string;

  @DecimalColumn()
  directHours: Decimal;

  @DecimalColumn()
  indirectHours: Decimal;

  @DecimalColumn()
  clientHours: Decimal;

  @MoneyColumn()
  cost: Decimal;

  /** Null when the product has no hours (no price can be computed). */
  @MoneyColumn({ nullable: true })
  pricePerHour: Decimal | null;

  @MoneyColumn({ nullable: true })
  unusedCapacityCost: Decimal | null;
}
