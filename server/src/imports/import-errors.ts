import { basename } from 'node:path';
import { DomainError } from '../common/errors/domain-error.js';
import { containsHetu, type ImportFileError } from './parsing/index.js';

/** Details of a refused file: where the problem is, never the value found there. */
export interface RefusalDetails {
  readonly fileName: string;
  readonly line: number | null;
  readonly column: string | null;
  /** The parser's code, e.g. PERSONAL_ID_FOUND or MISSING_COLUMN. */
  readonly reason: string;
  /** The batch recording the refusal (no file content), if it could be recorded. */
  readonly batchId: string | null;
}

/** The whole file was refused (a henkilötunnus, a missing column, …): nothing of it was stored. */
export class ImportRefusedError extends DomainError {
  constructor(
    message: string,
    readonly refusal: RefusalDetails,
  ) {
    super('IMPORT_FILE_REJECTED', message, undefined, { ...refusal });
    this.name = 'ImportRefusedError';
  }

  static from(error: ImportFileError, batchId: string | null): ImportRefusedError {
    return new ImportRefusedError(error.message, {
      fileName: error.fileName,
      line: error.line ?? null,
      column: error.column ?? null,
      reason: error.code,
      batchId,
    });
  }
}

const WITHHELD = 'file name withheld (it contains a personal identity code)';

/**
 * The name an import is reported and stored under: the last part of a path, and never a name holding a
 * personal identity code (people name files after their clients).
 */
export function safeFileName(name: string): string {
  const last = basename(name.replaceAll('\\', '/')).trim().slice(0, 255);
  if (containsHetu(last)) return WITHHELD;
  return last === '' ? 'upload' : last;
}
