import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deleting an import removes its rows but keeps the batch as an audit record: status `deleted`, who
 * deleted it, when, and how many rows went with it.
 */
export class ImportBatchDeletion1796300000007 implements MigrationInterface {
  name = 'ImportBatchDeletion1796300000007';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE import_batches
        ADD COLUMN deleted_at timestamptz,
        ADD COLUMN deleted_by text,
        ADD COLUMN records_deleted integer,
        DROP CONSTRAINT ck_import_batches_status,
        ADD CONSTRAINT ck_import_batches_status
          CHECK (status IN ('running', 'completed', 'failed', 'refused', 'deleted')),
        ADD CONSTRAINT ck_import_batches_deleted CHECK (
          (status = 'deleted') = (deleted_at IS NOT NULL)
          AND (deleted_at IS NULL) = (deleted_by IS NULL)
          AND (deleted_at IS NULL) = (records_deleted IS NULL)
          AND records_deleted >= 0)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE import_batches
        DROP CONSTRAINT ck_import_batches_deleted,
        DROP CONSTRAINT ck_import_batches_status,
        ADD CONSTRAINT ck_import_batches_status
          CHECK (status IN ('running', 'completed', 'failed', 'refused')),
        DROP COLUMN records_deleted,
        DROP COLUMN deleted_by,
        DROP COLUMN deleted_at`);
  }
}
