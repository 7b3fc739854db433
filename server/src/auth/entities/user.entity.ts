import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { Role } from '../roles.js';

/** A local user. The password is kept only as a bcrypt hash; OIDC identities are not stored here. */
@Entity('users')
@Unique(['username'])
@Check('ck_users_username', "username ~ '^[a-z0-9][a-z0-9._@-]{1,63}$'")
@Check('ck_users_display_name', "btrim(display_name) <> ''")
@Check(
  'ck_users_roles',
  "roles <@ ARRAY['admin', 'finance', 'purchaser', 'provider', 'auditor', 'worker']::text[]",
)
@Check('ck_users_password_hash', "password_hash ~ '^\\$2[aby]\\$'")
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Lower case; the sign-in name and the `sub` of its tokens. */
  @Column({ type: 'text' })
  username: string;

  @Column({ type: 'text' })
  displayName: string;

  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles: Role[];

  /** `workers.code`: a `worker` user reads reports on these time records only. */
  @Column({ type: 'text', nullable: true })
  workerCode: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Tokens issued before this instant are refused: a password reset ends every open session. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  passwordChangedAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
