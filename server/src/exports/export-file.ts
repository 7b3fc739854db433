import { toCsv } from './csv.js';
import type { ExportTable } from './export-table.js';
import { toXlsx } from './xlsx.js';

export type TableFormat = 'csv' | 'xlsx';

export interface ExportedFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/** A table as a CSV or XLSX file named `<baseName>.<format>`. */
export async function exportTable(
  table: ExportTable,
  format: TableFormat,
  baseName: string,
): Promise<ExportedFile> {
  const body = format === 'csv' ? toCsv(table) : await toXlsx(table);
  return { body, contentType: CONTENT_TYPES[format], fileName: fileName(baseName, format) };
}

/** A safe ASCII file name: letters, digits, dots and dashes ("työaika 2025" → "tyoaika-2025.csv"). */
export function fileName(baseName: string, extension: string): string {
  const ascii = baseName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return `${ascii || 'export'}.${extension}`;
}
