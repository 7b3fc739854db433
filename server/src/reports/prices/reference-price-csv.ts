import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { DomainError } from '../../common/errors/domain-error.js';

/** One row of a reference price list file: `Tuote;Vuosi;Lähde;Hinta` (and an optional `Huomautus`). */
export interface ReferencePriceLine {
  line: number;
  productCode: string;
  year: number;
  source: string;
  price: string;
  note: string | null;
}

const HEADER = ['Tuote', 'Vuosi', 'Lähde', 'Hinta'] as const;
const PRICE = /^\d{1,12}([.,]\d{1,2})?$/;

/** UTF-8 (with or without BOM); a file that is not valid UTF-8 is read as Windows-1252 (Excel's "CSV"). */
export function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return iconv.decode(bytes, 'win1252');
  }
}

/**
 * Reads and checks a reference price file; any problem rejects the whole file, naming its line and
 * column, so a file is imported entirely or not at all.
 */
export function parseReferencePrices(
  bytes: Buffer,
  knownProducts: ReadonlySet<string>,
): ReferencePriceLine[] {
  const records = parse(decodeCsv(bytes), {
    delimiter: ';',
    skip_empty_lines: true,
    trim: true,
    relax_column_count: true,
  }) as string[][];
  const [header, ...rows] = records;
  const columns = new Map((header ?? []).map((name, i) => [name.toLowerCase(), i]));
  const missing = HEADER.filter((name) => !columns.has(name.toLowerCase()));
  if (missing.length > 0) reject(1, missing[0], `the header must have the columns ${HEADER.join(';')}`);
  const at = (row: string[], name: string) => (row[columns.get(name.toLowerCase()) ?? -1] ?? '').trim();
  return rows.map((row, i) => lineOf(i + 2, (name) => at(row, name), knownProducts));
}

function lineOf(
  line: number,
  at: (column: string) => string,
  knownProducts: ReadonlySet<string>,
): ReferencePriceLine {
  const productCode = at('Tuote');
  if (!knownProducts.has(productCode))
    reject(line, 'Tuote', `'${productCode}' is not in the service product catalog`);
  const year = at('Vuosi');
  if (!/^\d{4}$/.test(year) || Number(year) < 1900 || Number(year) > 2999)
    reject(line, 'Vuosi', `'${year}' is not a year`);
  const source = at('Lähde');
  if (source === '') reject(line, 'Lähde', 'is empty');
  const price = at('Hinta').replace(/[\s\u00a0]/g, '');
  if (!PRICE.test(price)) reject(line, 'Hinta', `'${at('Hinta')}' is not a price such as 84,20`);
  return {
    line,
    productCode,
    year: Number(year),
    source,
    price: price.replace(',', '.'),
    note: at('Huomautus') || null,
  };
}

function reject(line: number, column: string, problem: string): never {
  throw new DomainError('IMPORT_FILE_REJECTED', `Line ${line}, column ${column}: ${problem}`, undefined, {
    line,
    column,
  });
}
