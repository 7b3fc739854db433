import type { Decimal } from 'decimal.js';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { DecimalColumn } from '../../common/money/money-column.js';
import { CostCenter } from './cost-center.entity.js';
import { Region } from './region.entity.js';

/** A worker as the client information system identifies them (code); the name is optional. */
@Entity('workers')
@Unique(['code'])
@Check('ck_workers_code', "btrim(code) <> ''")
@Check('ck_workers_fte', 'fte >= 0 AND fte <= 2')
@Index(['costCenterId'])
export class Worker {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'text' })
  profession: string;

  @DecimalColumn({ precision: 5, scale: 2 })
  fte: Decimal;

  @Column({ type: 'uuid' })
  costCenterId: string;

  @ManyToOne(() => CostCenter, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn()
  costCenter: Relation<CostCenter>;

  @Column({ type: 'uuid', nullable: true })
  regionId: string | null;

  @ManyToOne(() => Region, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn()
  region: Relation<Region> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
