// Applies pending migrations at start. Two instances starting together take turns: the first applies,
// the second then finds nothing pending.
import { MigrationExecutor, type DataSource } from 'typeorm';

/** Arbitrary, but fixed: every instance of the application must use the same key. */
export const MIGRATION_LOCK_KEY = 7_246_358_211;

/**
 * Runs all pending migrations in one transaction that first takes a transaction-scoped advisory lock
 * (pg_advisory_xact_lock). Transaction-scoped rather than session-scoped: it is released by COMMIT or
 * ROLLBACK even if this process dies, and on the embedded database, whose connections share one session,
 * a session lock would not exclude anyone, while its transactions do run one at a time.
 * Returns the names of the migrations applied.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const queryRunner = dataSource.createQueryRunner();
  try {
    await queryRunner.startTransaction();
    await queryRunner.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    // The executor sees the open transaction and runs every migration inside it (mode "all").
    const applied = await new MigrationExecutor(dataSource, queryRunner).executePendingMigrations();
    await queryRunner.commitTransaction();
    return applied.map((migration) => migration.name);
  } catch (error) {
    if (queryRunner.isTransactionActive) await queryRunner.rollbackTransaction();
    throw error;
  } finally {
    await queryRunner.release();
  }
}
