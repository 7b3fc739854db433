import { openSource, type ImportSource } from './byte-source.js';
import { ImportFileError } from './errors.js';
import type { TableFormat } from './profile-types.js';
import { readCsvRows } from './read-csv.js';
import { readXlsxRows } from './read-xlsx.js';
import type { DetectedFormat, TableRow } from './types.js';

/**
 * Rows of a CSV or XLSX file (recognised by its first bytes), streamed. `detected` is filled in as the
 * file is read (file type at once, encoding and delimiter with the first rows).
 */
export async function* readTable(
  source: ImportSource,
  format: TableFormat,
  fileName: string,
  detected: DetectedFormat = { fileType: 'csv' },
): AsyncGenerator<TableRow> {
  for await (const rows of readTableBatches(source, format, fileName, detected)) yield* rows;
}

/** readTable's rows as they arrive, several at a time. */
export async function* readTableBatches(
  source: ImportSource,
  format: TableFormat,
  fileName: string,
  detected: DetectedFormat,
): AsyncGenerator<TableRow[]> {
  const { fileType, bytes } = await openSource(source);
  if (fileType === 'xls') {
    bytes.destroy();
    throw new ImportFileError({
      fileName,
      code: 'UNSUPPORTED_FILE_TYPE',
      message: `The file "${fileName}" is an old Excel .xls workbook. Save it as .xlsx or as CSV.`,
    });
  }
  detected.fileType = fileType;
  if (fileType === 'xlsx') yield* readXlsxRows(bytes, format.decimalSeparator, fileName);
  else yield* readCsvRows(bytes, format, fileName, detected);
}
