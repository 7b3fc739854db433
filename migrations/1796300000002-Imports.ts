import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Import profiles (immutable versions), import batches with their reports, and rejected rows. */
export class Imports1796300000002 implements MigrationInterface {
  name = 'Imports1796300000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE import_profiles (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        code text NOT NULL,
        kind text NOT NULL,
        version integer NOT NULL,
        definition jsonb NOT NULL,
        hash text NOT NULL,
        author text NOT NULL,
        comment text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_import_profiles PRIMARY KEY (id),
        CONSTRAINT uq_import_profiles_code_version UNIQUE (code, version),
        CONSTRAINT ck_import_profiles_code CHECK (btrim(code) <> ''),
        CONSTRAINT ck_import_profiles_kind CHECK (kind IN ('time', 'ledger')),
        CONSTRAINT ck_import_profiles_version CHECK (version > 0),
        CONSTRAINT ck_import_profiles_hash CHECK (hash ~ '^[0-9a-f]{64}$')
      )`);
    await queryRunner.query(`
      CREATE TRIGGER import_profiles_immutable BEFORE UPDATE OR DELETE ON import_profiles
        FOR EACH ROW EXECUTE FUNCTION forbid_row_change()`);
    await queryRunner.query(`
      CREATE TRIGGER import_profiles_no_truncate BEFORE TRUNCATE ON import_profiles
        FOR EACH STATEMENT EXECUTE FUNCTION forbid_row_change()`);
    await queryRunner.query(`
      CREATE TABLE import_batches (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        file_name text NOT NULL,
        file_sha256 text NOT NULL,
        profile_code text NOT NULL,
        profile_version integer NOT NULL,
        status text NOT NULL DEFAULT 'running',
        rows_read integer NOT NULL DEFAULT 0,
        rows_imported integer NOT NULL DEFAULT 0,
        rows_duplicate integer NOT NULL DEFAULT 0,
        rows_rejected integer NOT NULL DEFAULT 0,
        error text,
        author text NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        CONSTRAINT pk_import_batches PRIMARY KEY (id),
        CONSTRAINT ck_import_batches_kind CHECK (kind IN ('time', 'ledger')),
        CONSTRAINT ck_import_batches_status CHECK (status IN ('running', 'completed', 'failed', 'refused')),
        CONSTRAINT ck_import_batches_file_sha256 CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
        CONSTRAINT ck_import_batches_counts CHECK (
          rows_read >= 0 AND rows_imported >= 0 AND rows_duplicate >= 0 AND rows_rejected >= 0
          AND (status <> 'completed' OR rows_read = rows_imported + rows_duplicate + rows_rejected)),
        CONSTRAINT ck_import_batches_finished CHECK ((status = 'running') = (finished_at IS NULL)),
        CONSTRAINT fk_import_batches_profile_code_profile_version FOREIGN KEY (profile_code, profile_version)
          REFERENCES import_profiles (code, version) ON DELETE RESTRICT
      )`);
    await queryRunner.query('CREATE INDEX ix_import_batches_file_sha256 ON import_batches (file_sha256)');
    await queryRunner.query(`
      CREATE TABLE import_rejections (
        id bigint GENERATED ALWAYS AS IDENTITY,
        batch_id uuid NOT NULL,
        line integer NOT NULL,
        column_name text,
        reason text NOT NULL,
        CONSTRAINT pk_import_rejections PRIMARY KEY (id),
        CONSTRAINT ck_import_rejections_line CHECK (line >= 0),
        CONSTRAINT fk_import_rejections_batch_id FOREIGN KEY (batch_id)
          REFERENCES import_batches (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_import_rejections_batch_id_line ON import_rejections (batch_id, line)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE import_rejections');
    await queryRunner.query('DROP TABLE import_batches');
    await queryRunner.query('DROP TABLE import_profiles');
  }
}
