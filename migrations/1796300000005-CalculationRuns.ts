import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Recalculation runs (inputs, versions used, hashes, full result) and their normalized result rows. */
export class CalculationRuns1796300000005 implements MigrationInterface {
  name = 'CalculationRuns1796300000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE calculation_runs (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        year integer NOT NULL,
        cost_version text NOT NULL,
        scenario text NOT NULL DEFAULT 'base',
        method text NOT NULL,
        status text NOT NULL DEFAULT 'queued',
        progress integer NOT NULL DEFAULT 0,
        step text,
        error text,
        idempotency_key text,
        input_hash text,
        output_hash text,
        engine_version text NOT NULL,
        versions_used jsonb NOT NULL DEFAULT '{}',
        input jsonb,
        result jsonb,
        author text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        CONSTRAINT pk_calculation_runs PRIMARY KEY (id),
        CONSTRAINT uq_calculation_runs_idempotency_key UNIQUE (idempotency_key),
        CONSTRAINT ck_calculation_runs_method CHECK (method IN ('direct', 'step_down', 'reciprocal')),
        CONSTRAINT ck_calculation_runs_status CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
        CONSTRAINT ck_calculation_runs_progress CHECK (progress BETWEEN 0 AND 100),
        CONSTRAINT ck_calculation_runs_succeeded CHECK (status <> 'succeeded' OR (
          input_hash IS NOT NULL AND output_hash IS NOT NULL AND result IS NOT NULL AND finished_at IS NOT NULL))
      )`);
    // "The latest run of 2011 TP" and "which runs had these inputs".
    await queryRunner.query(
      'CREATE INDEX ix_calculation_runs_year_cost_version_scenario_created_at ' +
        'ON calculation_runs (year, cost_version, scenario, created_at)',
    );
    await queryRunner.query('CREATE INDEX ix_calculation_runs_input_hash ON calculation_runs (input_hash)');
    await queryRunner.query(`
      CREATE TABLE run_product_results (
        run_id uuid NOT NULL,
        product_code text NOT NULL,
        direct_hours numeric NOT NULL,
        indirect_hours numeric NOT NULL,
        client_hours numeric NOT NULL,
        cost numeric(14,2) NOT NULL,
        price_per_hour numeric(14,2),
        unused_capacity_cost numeric(14,2),
        CONSTRAINT pk_run_product_results PRIMARY KEY (run_id, product_code),
        CONSTRAINT fk_run_product_results_run_id FOREIGN KEY (run_id)
          REFERENCES calculation_runs (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE run_center_results (
        run_id uuid NOT NULL,
        cost_center_code text NOT NULL,
        kind text NOT NULL,
        own_cost numeric(14,2) NOT NULL,
        allocated_in numeric(14,2) NOT NULL,
        full_cost numeric(14,2) NOT NULL,
        client_hours numeric,
        capacity_rate numeric,
        used_capacity_cost numeric(14,2),
        unused_capacity_cost numeric(14,2),
        CONSTRAINT pk_run_center_results PRIMARY KEY (run_id, cost_center_code),
        CONSTRAINT ck_run_center_results_kind CHECK (kind IN ('production', 'support')),
        CONSTRAINT fk_run_center_results_run_id FOREIGN KEY (run_id)
          REFERENCES calculation_runs (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE run_support_allocations (
        run_id uuid NOT NULL,
        seq integer NOT NULL,
        from_center_code text NOT NULL,
        to_center_code text NOT NULL,
        amount numeric(14,2) NOT NULL,
        CONSTRAINT pk_run_support_allocations PRIMARY KEY (run_id, seq),
        CONSTRAINT fk_run_support_allocations_run_id FOREIGN KEY (run_id)
          REFERENCES calculation_runs (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE run_excluded_lines (
        run_id uuid NOT NULL,
        seq integer NOT NULL,
        cost_center_code text NOT NULL,
        account_code text NOT NULL,
        amount numeric(14,2) NOT NULL,
        reason text NOT NULL,
        rule_name text,
        CONSTRAINT pk_run_excluded_lines PRIMARY KEY (run_id, seq),
        CONSTRAINT fk_run_excluded_lines_run_id FOREIGN KEY (run_id)
          REFERENCES calculation_runs (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE run_unallocated (
        run_id uuid NOT NULL,
        seq integer NOT NULL,
        cost_center_code text NOT NULL,
        account_code text,
        amount numeric(14,2) NOT NULL,
        reason text NOT NULL,
        CONSTRAINT pk_run_unallocated PRIMARY KEY (run_id, seq),
        CONSTRAINT fk_run_unallocated_run_id FOREIGN KEY (run_id)
          REFERENCES calculation_runs (id) ON DELETE CASCADE
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE run_unallocated');
    await queryRunner.query('DROP TABLE run_excluded_lines');
    await queryRunner.query('DROP TABLE run_support_allocations');
    await queryRunner.query('DROP TABLE run_center_results');
    await queryRunner.query('DROP TABLE run_product_results');
    await queryRunner.query('DROP TABLE calculation_runs');
  }
}
