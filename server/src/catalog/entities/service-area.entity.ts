import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

/** Palvelualue, e.g. child protection. Finnish name required; Swedish and English when translated. */
@Entity('service_areas')
@Unique(['code'])
@Check('ck_service_areas_code', "btrim(code) <> ''")
export class ServiceArea {
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
