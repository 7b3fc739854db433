import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What a write request was: enough to tell what was asked, never a secret or a client reference. */
export interface AuditedRequest {
  method: string;
  route: string;
  params: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
}

/**
 * One line of the append-only audit log. The database refuses UPDATE, DELETE and TRUNCATE on the
 * table (migration AuditLog), so history cannot be rewritten through the application.
 */
@Entity('audit_log')
@Index(['at'])
@Index(['objectType', 'objectId'])
@Index(['username', 'at'])
export class AuditEntry {
  /** Ascending in insertion order: the log's natural order. A string, as bigint exceeds JSON numbers. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  /** Who: a signed-in username, the name tried in a failed sign-in, or null for the system. */
  @Column({ type: 'text', nullable: true })
  username: string | null;

  /** `create`, `update`, `delete`, `login`, `login-failed`, `run.start`, `import`, `version.create`… */
  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text', nullable: true })
  objectType: string | null;

  @Column({ type: 'text', nullable: true })
  objectId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after: unknown;

  /** The structural diff of before and after (for a new version: of its document to the previous one). */
  @Column({ type: 'jsonb', nullable: true })
  changes: unknown;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'text', nullable: true })
  correlationId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  request: AuditedRequest | null;
}
