import type { Decimal } from 'decimal.js';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { DecimalColumn } from '../../common/money/money-column.js';
import { ServiceArea } from '../../catalog/entities/service-area.entity.js';
import { Region } from './region.entity.js';

export type CostCenterKind = 'production' | 'support';

/** A production center produces products; a support center's cost is allocated to others. */
@Entity('cost_centers')
@Unique(['code'])
@Check('ck_cost_centers_code', "btrim(code) <> ''")
@Check('ck_cost_centers_kind', "kind IN ('production', 'support')")
@Check('ck_cost_centers_parent', 'parent_id <> id')
@Check('ck_cost_centers_capacity', 'practical_capacity_hours >= 0 AND fte >= 0')
export class CostCenter {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: CostCenterKind;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => CostCenter, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn()
  parent: Relation<CostCenter> | null;

  @Column({ type: 'uuid', nullable: true })
  regionId: string | null;

  @ManyToOne(() => Region, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn()
  region: Relation<Region> | null;

  @Column({ type: 'uuid', nullable: true })
  serviceAreaId: string | null;

  @ManyToOne(() => ServiceArea, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn()
  serviceArea: Relation<ServiceArea> | null;

  /** Hours a year the center can give to client work (time-driven ABC capacity view). */
  @DecimalColumn({ precision: 12, scale: 2, nullable: true })
  practicalCapacityHours: Decimal | null;

  @DecimalColumn({ precision: 8, scale: 2, nullable: true })
  fte: Decimal | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
