import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The trigger function that makes versioned rows immutable (used by later migrations, and issue 4). */
export class ImmutableRows1796300000000 implements MigrationInterface {
  name = 'ImmutableRows1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION forbid_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'rows of % are immutable: % refused', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'restrict_violation', HINT = 'Save a new version instead.';
      END
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION forbid_row_change()');
  }
}
