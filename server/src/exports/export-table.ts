/**
 * A table ready for export: typed columns and rows of plain values. Decimals travel as exact decimal
 * strings ("1234.50"), dates as ISO dates ("2025-01-01"), counts as integers; the writers format them.
 */
export type ColumnType = 'text' | 'integer' | 'hours' | 'money' | 'percent' | 'date';

export interface ExportColumn {
  key: string;
  /** The header shown in the file (Finnish: the files are for Finnish Excel). */
  label: string;
  type: ColumnType;
}

export type CellValue = string | number | null;
export type ExportRow = Record<string, CellValue>;

export interface ExportTable {
  /** Title of the document and base of the file name. */
  title: string;
  columns: ExportColumn[];
  rows: ExportRow[];
  /** A last row of totals (its first text column says "Yhteensä"). */
  totals?: ExportRow;
  /** What the table is (filters, sources, hashes): the XLSX "Tiedot" sheet. */
  about?: AboutItem[];
}

export interface AboutItem {
  label: string;
  value: CellValue;
  /** Default text. */
  type?: ColumnType;
}

export const TOTAL_LABEL = 'Yhteensä';

/** The row of totals with "Yhteensä" in the first text column that has no value of its own. */
export function totalsRow(table: ExportTable): ExportRow | undefined {
  if (!table.totals) return undefined;
  const label = table.columns.find((c) => c.type === 'text' && (table.totals?.[c.key] ?? null) === null);
  return label ? { ...table.totals, [label.key]: TOTAL_LABEL } : table.totals;
}
