import { duplicateCode, isUniqueViolation } from './master-data-errors.js';

/**
 * Runs an insert of a row with a new code: 409 CONFLICT if the code exists, checked first for a clear
 * answer and caught from the unique constraint for a concurrent request.
 */
export async function insertUnique(
  what: string,
  code: string,
  exists: () => Promise<boolean>,
  insert: () => Promise<unknown>,
): Promise<void> {
  if (await exists()) throw duplicateCode(what, code);
  try {
    await insert();
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateCode(what, code);
    throw error;
  }
}
