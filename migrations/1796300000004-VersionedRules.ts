import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Allocation keys and rule sets: every save an immutable version with hash, author, time and comment. */
export class VersionedRules1796300000004 implements MigrationInterface {
  name = 'VersionedRules1796300000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['allocation_key_versions', 'rule_set_versions']) {
      await queryRunner.query(`
        CREATE TABLE ${table} (
          id uuid NOT NULL DEFAULT gen_random_uuid(),
          code text NOT NULL,
          version integer NOT NULL,
          effective_from date NOT NULL,
          document jsonb NOT NULL,
          hash text NOT NULL,
          author text NOT NULL,
          comment text,
          created_at timestamptz NOT NULL DEFAULT now(),
          CONSTRAINT pk_${table} PRIMARY KEY (id),
          CONSTRAINT uq_${table}_code_version UNIQUE (code, version),
          CONSTRAINT ck_${table}_code CHECK (btrim(code) <> ''),
          CONSTRAINT ck_${table}_version CHECK (version > 0),
          CONSTRAINT ck_${table}_hash CHECK (hash ~ '^[0-9a-f]{64}$')
        )`);
      // "The version in force for a year": the latest effective_from on or before the year's first day.
      await queryRunner.query(
        `CREATE INDEX ix_${table}_code_effective_from ON ${table} (code, effective_from)`,
      );
      await queryRunner.query(`
        CREATE TRIGGER ${table}_immutable BEFORE UPDATE OR DELETE ON ${table}
          FOR EACH ROW EXECUTE FUNCTION forbid_row_change()`);
      await queryRunner.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION forbid_row_change()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE rule_set_versions');
    await queryRunner.query('DROP TABLE allocation_key_versions');
  }
}
