/** Why a whole file was refused. Any of these means: store nothing of the file. */
export type ImportFileErrorCode =
  | 'PERSONAL_ID_FOUND'
  | 'MISSING_COLUMN'
  | 'DUPLICATE_COLUMN'
  | 'MISSING_IMPORT_SETTING'
  | 'EMPTY_FILE'
  | 'INVALID_ENCODING'
  | 'MALFORMED_CSV'
  | 'UNREADABLE_XLSX'
  | 'UNSUPPORTED_FILE_TYPE';

export interface ImportFileErrorDetails {
  fileName: string;
  code: ImportFileErrorCode;
  message: string;
  line?: number;
  column?: string;
}

/**
 * A file-level refusal. The message is written for a finance user and never contains a value of the
 * file (a personal identity code or a client reference could be in any of them).
 */
export class ImportFileError extends Error {
  readonly fileName: string;
  readonly code: ImportFileErrorCode;
  readonly line?: number;
  readonly column?: string;

  constructor(details: ImportFileErrorDetails) {
    super(details.message);
    this.name = 'ImportFileError';
    this.fileName = details.fileName;
    this.code = details.code;
    this.line = details.line;
    this.column = details.column;
  }
}

/** A stored import profile that is not usable. Not about any file: the profile must be fixed. */
export class ImportProfileError extends Error {
  readonly code = 'IMPORT_PROFILE_INVALID';

  constructor(readonly issues: string[]) {
    super(`Invalid import profile: ${issues.join('; ')}`);
    this.name = 'ImportProfileError';
  }
}
