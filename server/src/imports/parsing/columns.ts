import { ImportFileError } from './errors.js';
import type { ColumnRef } from './profile-types.js';
import type { TableRow } from './types.js';

/** A field the profile maps to a column; `required` means the file must have that column. */
export interface ColumnSpec {
  field: string;
  ref: ColumnRef;
  required: boolean;
}

export interface ResolvedColumn {
  index: number;
  label: string;
}

/** Where each field is in this file, and what to call a column in a message. */
export class ColumnLayout {
  constructor(
    private readonly header: readonly string[] | null,
    private readonly columns: ReadonlyMap<string, ResolvedColumn>,
  ) {}

  get(field: string): ResolvedColumn | undefined {
    return this.columns.get(field);
  }

  /**
   * Cells a row must have: up to the last named header column (Excel often leaves empty ones after
   * it), or up to the last mapped position of a headerless file.
   */
  get width(): number {
    if (this.header) return this.header.findLastIndex((name) => name !== '') + 1;
    return Math.max(0, ...[...this.columns.values()].map((column) => column.index + 1));
  }

  get hasHeader(): boolean {
    return this.header !== null;
  }

  labelAt(index: number): string {
    return this.header?.[index] || positionLabel(index);
  }
}

export const positionLabel = (index: number): string => `column ${index + 1}`;

/** A header cell as compared with the profile: trimmed, without a byte-order mark, NFC-normalized. */
export const normalizeHeader = (cell: string): string =>
  cell
    .replace(/^\uFEFF/, '')
    .trim()
    .normalize('NFC');

/** Finds the profile's columns; `headerRow` is null for a headerless file. */
export function resolveColumns(
  specs: readonly ColumnSpec[],
  headerRow: TableRow | null,
  fileName: string,
): ColumnLayout {
  const header = headerRow?.cells.map(normalizeHeader) ?? null;
  const positions = header ? headerPositions(header) : new Map<string, number[]>();
  const resolved = new Map<string, ResolvedColumn>();
  const missing: string[] = [];
  for (const spec of specs) {
    const found = locate(spec.ref, header, positions);
    if (found.length > 1) throw duplicateColumn(fileName, String(spec.ref), headerRow?.line ?? 1);
    if (found.length === 1) resolved.set(spec.field, { index: found[0], label: labelOf(spec.ref, found[0]) });
    else if (spec.required) missing.push(String(spec.ref));
  }
  if (missing.length > 0) throw missingColumns(fileName, missing, headerRow?.line ?? 1);
  return new ColumnLayout(header, resolved);
}

function headerPositions(header: readonly string[]): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  header.forEach((name, index) => positions.set(name, [...(positions.get(name) ?? []), index]));
  return positions;
}

function locate(
  ref: ColumnRef,
  header: readonly string[] | null,
  positions: Map<string, number[]>,
): number[] {
  if (typeof ref === 'number') return header && ref > header.length ? [] : [ref - 1];
  return positions.get(normalizeHeader(ref)) ?? [];
}

const labelOf = (ref: ColumnRef, index: number): string =>
  typeof ref === 'string' ? ref : positionLabel(index);

// The file's own header cells are not quoted: with the wrong profile they may be a data row.
function missingColumns(fileName: string, missing: string[], line: number): ImportFileError {
  const names = missing.map((name) => `"${name}"`).join(', ');
  return new ImportFileError({
    fileName,
    code: 'MISSING_COLUMN',
    line,
    column: missing[0],
    message: `The file "${fileName}" has no column ${names} in its header row (line ${line}), which this import profile needs.`,
  });
}

function duplicateColumn(fileName: string, name: string, line: number): ImportFileError {
  return new ImportFileError({
    fileName,
    code: 'DUPLICATE_COLUMN',
    line,
    column: name,
    message: `The file "${fileName}" has more than one column "${name}", so it is unclear which one to import.`,
  });
}
