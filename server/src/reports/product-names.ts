import type { DataSource } from 'typeorm';

/** Product code → Finnish name: a few dozen rows, read once per report instead of joined per row. */
export async function productNames(dataSource: DataSource): Promise<Map<string, string>> {
  const rows = await dataSource.query<{ code: string; name_fi: string }[]>(
    'SELECT code, name_fi FROM service_products',
  );
  return new Map(rows.map((row) => [row.code, row.name_fi]));
}
