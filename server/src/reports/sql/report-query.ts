import type { DataSource } from 'typeorm';
import type { SqlParams } from './sql-params.js';

/**
 * Runs one report statement in its own transaction with settings for a large aggregate: no JIT
 * compilation (on PostgreSQL it costs more than it saves on a one-second scan) and enough work memory
 * for the aggregate to hash in memory instead of sorting on disk. SET LOCAL ends with the transaction.
 */
export function reportQuery<T>(dataSource: DataSource, sql: string, params: SqlParams): Promise<T[]> {
  return dataSource.transaction(async (manager) => {
    await manager.query("SELECT set_config('jit', 'off', true), set_config('work_mem', '64MB', true)");
    return manager.query<T[]>(sql, params.values);
  });
}
