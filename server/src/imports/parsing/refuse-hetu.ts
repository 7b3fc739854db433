import { ImportFileError } from './errors.js';
import { containsHetu } from './hetu.js';
import type { TableRow } from './types.js';

/**
 * Refuses the whole file if any cell holds a valid personal identity code. The error names the line
 * and column only: the value must not reach a message, a log or a report.
 */
export function refuseHetu(row: TableRow, fileName: string, labelAt: (index: number) => string): void {
  const index = row.cells.findIndex(containsHetu);
  if (index === -1) return;
  const column = labelAt(index);
  throw new ImportFileError({
    fileName,
    code: 'PERSONAL_ID_FOUND',
    line: row.line,
    column,
    message:
      `The file "${fileName}" contains a Finnish personal identity code (henkilötunnus) on line ${row.line}, ` +
      `column "${column}". Files with personal identity codes are refused as a whole and nothing of them is ` +
      'stored: remove the code from the file and import it again.',
  });
}
