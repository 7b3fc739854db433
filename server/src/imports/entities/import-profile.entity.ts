import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export type ImportKind = 'time' | 'ledger';

/** One immutable version of an import profile (how a file's columns map to records). */
@Entity('import_profiles')
@Unique(['code', 'version'])
@Check('ck_import_profiles_code', "btrim(code) <> ''")
@Check('ck_import_profiles_kind', "kind IN ('time', 'ledger')")
@Check('ck_import_profiles_version', 'version > 0')
@Check('ck_import_profiles_hash', "hash ~ '^[0-9a-f]{64}$'")
export class ImportProfile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  kind: ImportKind;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'jsonb' })
  definition: Record<string, unknown>;

  /** SHA-256 (hex) of the canonical definition. */
  @Column({ type: 'text' })
  hash: string;

  @Column({ type: 'text' })
  author: string;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
