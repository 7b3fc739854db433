import type { Decimal } from 'decimal.js';
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { DecimalColumn, MoneyColumn } from '../../common/money/money-column.js';
import type { CostCenterKind } from '../../organization/entities/cost-center.entity.js';
import { RunResultRow } from './run-result-row.js';

/** A cost center's own, allocated and full cost in one run, with its capacity view. */
@Entity('run_center_results')
@Check('ck_run_center_results_kind', "kind IN ('production', 'support')")
export class RunCenterResult extends RunResultRow {
  @PrimaryColumn({ type: 'text' })
  costCenterCode: string;

  @Column({ type: 'text' })
  kind: CostCenterKind;

  @MoneyColumn()
  ownCost: Decimal;

  @MoneyColumn()
  allocatedIn: Decimal;

  @MoneyColumn()
  fullCost: Decimal;

  @DecimalColumn({ nullable: true })
  clientHours: Decimal | null;

  /** Full cost per practical capacity hour: a ratio, kept at the engine's precision. */
  @DecimalColumn({ nullable: true })
  capacityRate: Decimal | null;

  @MoneyColumn({ nullable: true })
  usedCapacityCost: Decimal | null;

  @MoneyColumn({ nullable: true })
  unusedCapacityCost: Decimal | null;
}
