import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Prices to compare own prices with (the make-or-buy report): reference prices of the same products from
 * other units or organizations (entered or imported from CSV), and hourly prices of purchased services.
 */
export class ComparisonPrices1796300000010 implements MigrationInterface {
  name = 'ComparisonPrices1796300000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE reference_prices (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        source text NOT NULL,
        year integer NOT NULL,
        product_code text NOT NULL,
        price numeric(14,2) NOT NULL,
        note text,
        import_batch_id uuid,
        author text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_reference_prices PRIMARY KEY (id),
        CONSTRAINT uq_reference_prices_source_year_product_code UNIQUE (source, year, product_code),
        CONSTRAINT ck_reference_prices_source CHECK (btrim(source) <> ''),
        CONSTRAINT ck_reference_prices_year CHECK (year BETWEEN 1900 AND 2999),
        CONSTRAINT ck_reference_prices_price CHECK (price >= 0)
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_reference_prices_year_product_code ON reference_prices (year, product_code)',
    );
    await queryRunner.query(`
      CREATE TABLE purchased_service_prices (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        product_code text NOT NULL,
        year integer NOT NULL,
        supplier text NOT NULL,
        price_per_hour numeric(14,2) NOT NULL,
        note text,
        author text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_purchased_service_prices PRIMARY KEY (id),
        CONSTRAINT uq_purchased_service_prices_product_code_year_supplier UNIQUE (product_code, year, supplier),
        CONSTRAINT ck_purchased_service_prices_supplier CHECK (btrim(supplier) <> ''),
        CONSTRAINT ck_purchased_service_prices_year CHECK (year BETWEEN 1900 AND 2999),
        CONSTRAINT ck_purchased_service_prices_price CHECK (price_per_hour >= 0)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE purchased_service_prices');
    await queryRunner.query('DROP TABLE reference_prices');
  }
}
