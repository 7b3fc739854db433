import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The costing policy (method, step order, rule set, ledger units in scope, hours per FTE): versioned and
 * immutable like allocation keys and rule sets, so a changed method is as auditable as a changed key.
 */
export class CostingPolicy1796300000006 implements MigrationInterface {
  name = 'CostingPolicy1796300000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE costing_policy_versions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        code text NOT NULL,
        version integer NOT NULL,
        effective_from date NOT NULL,
        document jsonb NOT NULL,
        hash text NOT NULL,
        author text NOT NULL,
        comment text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_costing_policy_versions PRIMARY KEY (id),
        CONSTRAINT uq_costing_policy_versions_code_version UNIQUE (code, version),
        CONSTRAINT ck_costing_policy_versions_code CHECK (btrim(code) <> ''),
        CONSTRAINT ck_costing_policy_versions_version CHECK (version > 0),
        CONSTRAINT ck_costing_policy_versions_hash CHECK (hash ~ '^[0-9a-f]{64}$')
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_costing_policy_versions_code_effective_from ON costing_policy_versions (code, effective_from)',
    );
    await queryRunner.query(`
      CREATE TRIGGER costing_policy_versions_immutable BEFORE UPDATE OR DELETE ON costing_policy_versions
        FOR EACH ROW EXECUTE FUNCTION forbid_row_change()`);
    await queryRunner.query(`
      CREATE TRIGGER costing_policy_versions_no_truncate BEFORE TRUNCATE ON costing_policy_versions
        FOR EACH STATEMENT EXECUTE FUNCTION forbid_row_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE costing_policy_versions');
  }
}
