import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Organization (regions, cost centers, workers), catalog (areas, products, packages) and accounts. */
export class ReferenceData1796300000001 implements MigrationInterface {
  name = 'ReferenceData1796300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE regions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_regions PRIMARY KEY (id),
        CONSTRAINT uq_regions_code UNIQUE (code),
        CONSTRAINT ck_regions_code CHECK (btrim(code) <> '')
      )`);
    await queryRunner.query(`
      CREATE TABLE service_areas (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name_fi text NOT NULL,
        name_sv text,
        name_en text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_service_areas PRIMARY KEY (id),
        CONSTRAINT uq_service_areas_code UNIQUE (code),
        CONSTRAINT ck_service_areas_code CHECK (btrim(code) <> '')
      )`);
    await queryRunner.query(`
      CREATE TABLE cost_centers (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text NOT NULL,
        kind text NOT NULL,
        parent_id uuid,
        region_id uuid,
        service_area_id uuid,
        practical_capacity_hours numeric(12,2),
        fte numeric(8,2),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_cost_centers PRIMARY KEY (id),
        CONSTRAINT uq_cost_centers_code UNIQUE (code),
        CONSTRAINT ck_cost_centers_code CHECK (btrim(code) <> ''),
        CONSTRAINT ck_cost_centers_kind CHECK (kind IN ('production', 'support')),
        CONSTRAINT ck_cost_centers_parent CHECK (parent_id <> id),
        CONSTRAINT ck_cost_centers_capacity CHECK (practical_capacity_hours >= 0 AND fte >= 0),
        CONSTRAINT fk_cost_centers_parent_id FOREIGN KEY (parent_id)
          REFERENCES cost_centers (id) ON DELETE RESTRICT,
        CONSTRAINT fk_cost_centers_region_id FOREIGN KEY (region_id)
          REFERENCES regions (id) ON DELETE RESTRICT,
        CONSTRAINT fk_cost_centers_service_area_id FOREIGN KEY (service_area_id)
          REFERENCES service_areas (id) ON DELETE RESTRICT
      )`);
    await queryRunner.query(`
      CREATE TABLE workers (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text,
        profession text NOT NULL,
        fte numeric(5,2) NOT NULL,
        cost_center_id uuid NOT NULL,
        region_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_workers PRIMARY KEY (id),
        CONSTRAINT uq_workers_code UNIQUE (code),
        CONSTRAINT ck_workers_code CHECK (btrim(code) <> ''),
        CONSTRAINT ck_workers_fte CHECK (fte >= 0 AND fte <= 2),
        CONSTRAINT fk_workers_cost_center_id FOREIGN KEY (cost_center_id)
          REFERENCES cost_centers (id) ON DELETE RESTRICT,
        CONSTRAINT fk_workers_region_id FOREIGN KEY (region_id)
          REFERENCES regions (id) ON DELETE RESTRICT
      )`);
    await queryRunner.query('CREATE INDEX ix_workers_cost_center_id ON workers (cost_center_id)');
    await queryRunner.query(`
      CREATE TABLE service_products (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        code text NOT NULL,
        service_area_id uuid NOT NULL,
        name_fi text NOT NULL,
        name_sv text,
        name_en text,
        unit text NOT NULL DEFAULT 'Asiakaspalvelu 60 min',
        description jsonb NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_service_products PRIMARY KEY (id),
        CONSTRAINT uq_service_products_code UNIQUE (code),
        CONSTRAINT ck_service_products_code CHECK (btrim(code) <> ''),
        CONSTRAINT ck_service_products_description CHECK (jsonb_typeof(description) = 'object'),
        CONSTRAINT fk_service_products_service_area_id FOREIGN KEY (service_area_id)
          REFERENCES service_areas (id) ON DELETE RESTRICT
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_service_products_service_area_id ON service_products (service_area_id)',
    );
    await queryRunner.query(`
      CREATE TABLE service_packages (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name_fi text NOT NULL,
        name_sv text,
        name_en text,
        description jsonb NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_service_packages PRIMARY KEY (id),
        CONSTRAINT uq_service_packages_code UNIQUE (code),
        CONSTRAINT ck_service_packages_code CHECK (btrim(code) <> ''),
        CONSTRAINT ck_service_packages_description CHECK (jsonb_typeof(description) = 'object')
      )`);
    await queryRunner.query(`
      CREATE TABLE service_package_products (
        package_id uuid NOT NULL,
        product_id uuid NOT NULL,
        CONSTRAINT pk_service_package_products PRIMARY KEY (package_id, product_id),
        CONSTRAINT fk_service_package_products_package_id FOREIGN KEY (package_id)
          REFERENCES service_packages (id) ON DELETE CASCADE,
        CONSTRAINT fk_service_package_products_product_id FOREIGN KEY (product_id)
          REFERENCES service_products (id) ON DELETE RESTRICT
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_service_package_products_product_id ON service_package_products (product_id)',
    );
    await queryRunner.query(`
      CREATE TABLE accounts (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_accounts PRIMARY KEY (id),
        CONSTRAINT uq_accounts_code UNIQUE (code),
        CONSTRAINT ck_accounts_code CHECK (btrim(code) <> '')
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE accounts');
    await queryRunner.query('DROP TABLE service_package_products');
    await queryRunner.query('DROP TABLE service_packages');
    await queryRunner.query('DROP TABLE service_products');
    await queryRunner.query('DROP TABLE workers');
    await queryRunner.query('DROP TABLE cost_centers');
    await queryRunner.query('DROP TABLE service_areas');
    await queryRunner.query('DROP TABLE regions');
  }
}
