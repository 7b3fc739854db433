import { QueryFailedError } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';

// Errors shared by the master-data APIs (catalog, organization, accounts).

/** 400 with a message per field: `costCenter: unknown cost center "X"`. */
export function invalid(fields: Record<string, string>): DomainError {
  const message = Object.entries(fields)
    .map(([field, problem]) => `${field}: ${problem}`)
    .join('; ');
  return new DomainError('VALIDATION_FAILED', message, fields);
}

/** Throws 400 when there are problems. */
export function assertValid(fields: Record<string, string>): void {
  if (Object.keys(fields).length > 0) throw invalid(fields);
}

/** 409: the code is taken. */
export function duplicateCode(what: string, code: string): DomainError {
  return new DomainError('CONFLICT', `${capitalize(what)} "${code}" already exists`, {
    code: `${what} "${code}" already exists`,
  });
}

export function notFoundByCode(what: string, code: string): DomainError {
  return new DomainError('NOT_FOUND', `${capitalize(what)} "${code}" was not found`);
}

/** PostgreSQL unique_violation: a concurrent request created the same code first. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}

/** PostgreSQL foreign_key_violation: a row was referred to after the delete checked it was not. */
export function isForeignKeyViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23503';
}

export function capitalize(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
