import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { ServiceDescription } from './service-description.js';

/** Palvelukokonaisuus: a sellable whole of several products (service_package_products). */
@Entity('service_packages')
@Unique(['code'])
@Check('ck_service_packages_code', "btrim(code) <> ''")
@Check('ck_service_packages_description', "jsonb_typeof(description) = 'object'")
export class ServicePackage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  nameFi: string;

  @Column({ type: 'text', nullable: true })
  nameSv: string | null;

  @Column({ type: 'text', nullable: true })
  nameEn: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  description: ServiceDescription;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
