import ExcelJS, { type CellValue, type Row } from 'exceljs';
import type { Readable } from 'node:stream';
import { ImportFileError } from './errors.js';
import type { DecimalSeparator } from './profile-types.js';
import type { TableRow } from './types.js';
import { cellText } from './xlsx-cell.js';

const BATCH = 1000;

/** Rows of the first worksheet (the first one stored: Excel stores sheets in tab order), streamed in batches. */
export async function* readXlsxRows(
  bytes: Readable,
  decimalSeparator: DecimalSeparator,
  fileName: string,
): AsyncGenerator<TableRow[]> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(bytes, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles are needed to tell a date cell from a number cell.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const worksheet of workbook) {
      let batch: TableRow[] = [];
      for await (const row of worksheet) {
        batch.push({ line: row.number, cells: rowCells(row, decimalSeparator) });
        if (batch.length === BATCH) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
      return;
    }
  } catch (error) {
    throw unreadable(fileName, error);
  } finally {
    bytes.destroy();
  }
}

function rowCells(row: Row, decimalSeparator: DecimalSeparator): string[] {
  const values = row.values as CellValue[];
  const cells: string[] = [];
  for (let column = 1; column < values.length; column++)
    cells.push(cellText(values[column], decimalSeparator));
  return cells;
}

function unreadable(fileName: string, error: unknown): ImportFileError {
  if (error instanceof ImportFileError) return error;
  return new ImportFileError({
    fileName,
    code: 'UNREADABLE_XLSX',
    message: `The file "${fileName}" looks like an Excel workbook but cannot be read. Save it again as .xlsx or as CSV.`,
  });
}
