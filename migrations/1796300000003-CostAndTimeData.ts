import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The imported facts: ledger cost lines and time records, with the indexes the runs and reports use. */
export class CostAndTimeData1796300000003 implements MigrationInterface {
  name = 'CostAndTimeData1796300000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE cost_lines (
        id bigint GENERATED ALWAYS AS IDENTITY,
        year integer NOT NULL,
        version text NOT NULL,
        cost_center_code text NOT NULL,
        cost_center_name text,
        account_code text NOT NULL,
        account_name text,
        amount numeric(14,2) NOT NULL,
        attributes jsonb NOT NULL DEFAULT '{}',
        dedupe_key text NOT NULL,
        import_batch_id uuid,
        CONSTRAINT pk_cost_lines PRIMARY KEY (id),
        CONSTRAINT uq_cost_lines_dedupe_key UNIQUE (dedupe_key),
        CONSTRAINT ck_cost_lines_year CHECK (year BETWEEN 1900 AND 2999),
        CONSTRAINT ck_cost_lines_codes CHECK (
          btrim(version) <> '' AND btrim(cost_center_code) <> '' AND btrim(account_code) <> ''),
        CONSTRAINT fk_cost_lines_import_batch_id FOREIGN KEY (import_batch_id)
          REFERENCES import_batches (id) ON DELETE CASCADE
      )`);
    // A run reads one year and version, grouped by cost center.
    await queryRunner.query(
      'CREATE INDEX ix_cost_lines_year_version_cost_center_code ON cost_lines (year, version, cost_center_code)',
    );
    await queryRunner.query('CREATE INDEX ix_cost_lines_import_batch_id ON cost_lines (import_batch_id)');
    await queryRunner.query(`
      CREATE TABLE time_records (
        id bigint GENERATED ALWAYS AS IDENTITY,
        record_date date NOT NULL,
        worker_code text NOT NULL,
        cost_center_code text NOT NULL,
        region_code text,
        product_code text NOT NULL,
        client_key text NOT NULL,
        home_municipality text,
        minutes numeric NOT NULL,
        kind text NOT NULL,
        client_groups text[] NOT NULL DEFAULT '{}',
        source_record_id text,
        dedupe_key text NOT NULL,
        import_batch_id uuid,
        CONSTRAINT pk_time_records PRIMARY KEY (id),
        CONSTRAINT uq_time_records_dedupe_key UNIQUE (dedupe_key),
        CONSTRAINT ck_time_records_minutes CHECK (minutes > 0 AND minutes <= 1440),
        CONSTRAINT ck_time_records_kind CHECK (kind IN ('direct', 'indirect')),
        -- Lowercase hex of an HMAC-SHA-256, never a raw reference; decode() costs a fraction of a regex.
        CONSTRAINT ck_time_records_client_key CHECK (
          length(client_key) = 64 AND encode(decode(client_key, 'hex'), 'hex') = client_key),
        CONSTRAINT fk_time_records_import_batch_id FOREIGN KEY (import_batch_id)
          REFERENCES import_batches (id) ON DELETE CASCADE
      )`);
    // Few and cheap indexes: each one is paid on every imported row (figures in migrations/README.md).
    // BRIN on the date serves the run aggregation and every report (by product, worker, region, client,
    // month), as all of them read a date range; imports arrive roughly in date order, so block ranges are
    // tight, and BRIN costs almost nothing to maintain.
    await queryRunner.query(
      'CREATE INDEX ix_time_records_record_date ON time_records USING brin (record_date)',
    );
    // Deleting an import batch cascades here; a batch's rows are contiguous, so BRIN suffices.
    await queryRunner.query(
      'CREATE INDEX ix_time_records_import_batch_id ON time_records USING brin (import_batch_id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE time_records');
    await queryRunner.query('DROP TABLE cost_lines');
  }
}
