import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Local users: bcrypt password hashes, roles, an optional link to a worker code. */
export class Users1796300000008 implements MigrationInterface {
  name = 'Users1796300000008';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        username text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        roles text[] NOT NULL DEFAULT '{}',
        worker_code text,
        active boolean NOT NULL DEFAULT true,
        password_changed_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_users PRIMARY KEY (id),
        CONSTRAINT uq_users_username UNIQUE (username),
        CONSTRAINT ck_users_username CHECK (username ~ '^[a-z0-9][a-z0-9._@-]{1,63}$'),
        CONSTRAINT ck_users_display_name CHECK (btrim(display_name) <> ''),
        CONSTRAINT ck_users_roles
          CHECK (roles <@ ARRAY['admin', 'finance', 'purchaser', 'provider', 'auditor', 'worker']::text[]),
        CONSTRAINT ck_users_password_hash CHECK (password_hash ~ '^\\$2[aby]\\$')
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE users');
  }
}
