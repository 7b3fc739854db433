import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only audit log: who changed what, when, before/after and why. Triggers refuse UPDATE,
 * DELETE and TRUNCATE, so not even a bug (or an SQL console on the application's connection) can
 * rewrite it; only a schema change by the database owner could.
 */
export class AuditLog1796300000009 implements MigrationInterface {
  name = 'AuditLog1796300000009';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY,
        at timestamptz NOT NULL DEFAULT now(),
        username text,
        action text NOT NULL,
        object_type text,
        object_id text,
        before jsonb,
        after jsonb,
        changes jsonb,
        reason text,
        correlation_id text,
        request jsonb,
        CONSTRAINT pk_audit_log PRIMARY KEY (id)
      )`);
    await queryRunner.query('CREATE INDEX ix_audit_log_at ON audit_log (at)');
    await queryRunner.query(
      'CREATE INDEX ix_audit_log_object_type_object_id ON audit_log (object_type, object_id)',
    );
    await queryRunner.query('CREATE INDEX ix_audit_log_username_at ON audit_log (username, at)');
    await queryRunner.query(`
      CREATE FUNCTION forbid_audit_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP
          USING ERRCODE = 'restrict_violation';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION forbid_audit_log_change()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION forbid_audit_log_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE audit_log');
    await queryRunner.query('DROP FUNCTION forbid_audit_log_change()');
  }
}
