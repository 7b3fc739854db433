import { Column, CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One saved version of a versioned JSON document (an allocation key or a rule set). Every save inserts a
 * new row; a database trigger refuses UPDATE and DELETE, so history cannot be rewritten.
 */
export abstract class VersionedDocument<TDocument = Record<string, unknown>> {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  /** 1, 2, 3… per code; saving against a stale number collides with the unique (code, version). */
  @Column({ type: 'integer' })
  version: number;

  /** The first day this version applies ("2024-01-01"); a run uses the versions in force for its year. */
  @Column({ type: 'date' })
  effectiveFrom: string;

  @Column({ type: 'jsonb' })
  document: TDocument;

  /** SHA-256 (hex) of the canonical JSON of the document. */
  @Column({ type: 'text' })
  hash: string;

  @Column({ type: 'text' })
  author: string;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
