/**
 * Every error the product reports on purpose carries a code; one filter maps codes to HTTP statuses
 * (error-status.ts), so services never think about HTTP.
 */
export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'COSTING_CASE_INVALID'
  | 'IMPORT_FILE_REJECTED'
  | 'NOT_FOUND'
  | 'STALE_VERSION'
  | 'LOCKED'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'TOO_MANY_ATTEMPTS'
  | 'INTERNAL';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Field path → message, shown next to the form field in the admin UI. */
    readonly fields?: Record<string, string>,
    /** Extra structured detail (e.g. the line and column of a rejected file). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} was not found`);
