import type { DataSource } from 'typeorm';

/** The demo organization's support centers and a few production centers, straight into the table. */
export async function seedCostCenters(dataSource: DataSource): Promise<void> {
  await dataSource.query(`
    INSERT INTO cost_centers (code, name, kind) VALUES
      ('TILAT', 'Toimitilat', 'support'),
      ('HALLINTO', 'Hallinto', 'support'),
      ('ATK', 'Tietohallinto', 'support'),
      ('LS-AVO', 'Lastensuojelun avohuolto', 'production'),
      ('LS-SIJAISHUOLTO', 'Lastensuojelun sijaishuolto', 'production'),
      ('TOIMEENTULOTUKI', 'Toimeentulotuki', 'production')`);
}
