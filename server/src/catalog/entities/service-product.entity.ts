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
import { ServiceArea } from './service-area.entity.js';
import { DEFAULT_UNIT, type ServiceDescription } from './service-description.js';

/** Palvelutuote: priced per unit of output, the client service hour. */
@Entity('service_products')
@Unique(['code'])
@Check('ck_service_products_code', "btrim(code) <> ''")
@Check('ck_service_products_description', "jsonb_typeof(description) = 'object'")
@Index(['serviceAreaId'])
export class ServiceProduct {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'uuid' })
  serviceAreaId: string;

  @ManyToOne(() => ServiceArea, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn()
  serviceArea: Relation<ServiceArea>;

  @Column({ type: 'text' })
  nameFi: string;

  @Column({ type: 'text', nullable: true })
  nameSv: string | null;

  @Column({ type: 'text', nullable: true })
  nameEn: string | null;

  @Column({ type: 'text', default: DEFAULT_UNIT })
  unit: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  description: ServiceDescription;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
