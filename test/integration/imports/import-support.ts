// Shared by the import integration tests: seeding the registers a time record must name, writing files,
// and reading counts and sums back with SQL.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Decimal } from 'decimal.js';
import type { DataSource } from 'typeorm';
import { ServiceArea } from '../../../server/src/catalog/entities/service-area.entity.js';
import { ServiceProduct } from '../../../server/src/catalog/entities/service-product.entity.js';
import type { ImportRequest } from '../../../server/src/imports/import-report.js';
import { CostCenter } from '../../../server/src/organization/entities/cost-center.entity.js';
import { Worker } from '../../../server/src/organization/entities/worker.entity.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'imports');
export const fixture = (name: string): string => join(FIXTURES, name);

export const EFFICA_HEADER =
  'Pvm;Työntekijä;Kustannuspaikka;Alue;Asiakas;Kotikunta;Palvelutuote;Kesto min;Työn laji;Asiakasryhmä';

/** Registers: worker code → its cost center; products. Every fixture's codes are here. */
export const WORKERS: Record<string, string> = {
  T0012: 'LS-POHJOINEN',
  T0031: 'LS-ETELA',
  T0105: 'AIKUIS',
  T0107: 'AIKUIS',
  T0201: 'VAMMAIS',
  T0202: 'VAMMAIS',
};
export const PRODUCTS = ['LS-ARVIOINTI', 'LS-AVO', 'TOIMEENTULO', 'MAAHANMUUTTO', 'Yöhoito'];

/** Inserts the service area, cost centers, workers and products the fixtures name. */
export async function seedRegisters(dataSource: DataSource): Promise<void> {
  const area = await dataSource.getRepository(ServiceArea).save({ code: 'TEST', nameFi: 'Testialue' });
  await dataSource
    .getRepository(ServiceProduct)
    .insert(PRODUCTS.map((code) => ({ code, serviceAreaId: area.id, nameFi: code })));
  const centers = [...new Set(Object.values(WORKERS))];
  const saved = await dataSource
    .getRepository(CostCenter)
    .save(centers.map((code) => ({ code, name: code, kind: 'production' as const })));
  const centerId = new Map(saved.map((center) => [center.code, center.id]));
  await dataSource.getRepository(Worker).insert(
    Object.entries(WORKERS).map(([code, center]) => ({
      code,
      profession: 'sosiaalityöntekijä',
      fte: new Decimal(1),
      costCenterId: centerId.get(center),
    })),
  );
}

/** A temporary folder for generated files, removed by cleanup(). */
export function tempFolder(): {
  path(name: string): string;
  write(name: string, text: string): string;
  cleanup(): void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'tuotteisto-import-test-'));
  return {
    path: (name) => join(dir, name),
    write: (name, text) => {
      const file = join(dir, name);
      writeFileSync(file, text);
      return file;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface RowOptions {
  readonly year?: number;
  readonly minutes?: string;
  readonly client?: string;
}

/** One valid effica row: the i-th visit of a client of T0012, on a day of the year (2011 by default). */
export function efficaRow(i: number, options: RowOptions = {}): string {
  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  const client = options.client ?? String(400000 + (i % 500));
  const minutes = options.minutes ?? String(15 + (i % 60));
  return `${day}.${month}.${options.year ?? 2011};T0012;LS-POHJOINEN;Pohjoinen;${client};698;LS-AVO;${minutes};välitön;`;
}

export function efficaFile(rows: readonly string[]): string {
  return `${[EFFICA_HEADER, ...rows].join('\r\n')}\r\n`;
}

export async function count(dataSource: DataSource, table: string): Promise<number> {
  const [row]: { n: number }[] = await dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
  return row.n;
}

/** Rows of every table an import writes, to compare before and after. */
export async function importTableCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const tables = ['import_batches', 'import_rejections', 'time_records', 'cost_lines', 'accounts'];
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = await count(dataSource, table);
  return counts;
}

export const timeImport = (source: string, extra: Partial<ImportRequest> = {}): ImportRequest => ({
  kind: 'time',
  source,
  author: 'test',
  ...extra,
});

export const ledgerImport = (source: string, extra: Partial<ImportRequest> = {}): ImportRequest => ({
  kind: 'ledger',
  source,
  author: 'test',
  ...extra,
});
