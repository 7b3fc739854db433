import type { ErrorCode } from './domain-error.js';

export const ERROR_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  COSTING_CASE_INVALID: 422,
  IMPORT_FILE_REJECTED: 422,
  NOT_FOUND: 404,
  STALE_VERSION: 409,
  LOCKED: 409,
  CONFLICT: 409,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  INTERNAL: 500,
};
