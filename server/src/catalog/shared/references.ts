import type { EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import { capitalize, isForeignKeyViolation } from './master-data-errors.js';

/** Something that may refer to a row, e.g. "time records", found by a query on the row's code (`$1`). */
export interface Reference {
  what: string;
  sql: string;
}

/** What still refers to the code, in the order given. */
export async function existingReferences(
  manager: EntityManager,
  references: Reference[],
  code: string,
): Promise<string[]> {
  const found: string[] = [];
  for (const reference of references) {
    const rows = await manager.query<unknown[]>(`SELECT EXISTS (${reference.sql}) AS found`, [code]);
    if ((rows[0] as { found: boolean }).found) found.push(reference.what);
  }
  return found;
}

export interface DeleteTarget {
  /** "service product" */
  what: string;
  code: string;
  /** What to do instead, e.g. 'Deactivate it instead (PATCH with "active": false).' */
  advice: string;
}

/**
 * Deletes a row unless something refers to it: then 409 CONFLICT naming what, because deleting it would
 * orphan history (time records, results) or other master data. A reference made between the check and
 * the delete is caught by the foreign keys and answered the same way.
 */
export async function deleteUnlessReferenced(
  manager: EntityManager,
  target: DeleteTarget,
  references: Reference[],
  remove: () => Promise<unknown>,
): Promise<void> {
  const found = await existingReferences(manager, references, target.code);
  if (found.length > 0) throw referenced(target, found);
  try {
    await remove();
  } catch (error) {
    if (isForeignKeyViolation(error)) throw referenced(target, ['other data']);
    throw error;
  }
}

function referenced(target: DeleteTarget, found: string[]): DomainError {
  return new DomainError(
    'CONFLICT',
    `${capitalize(target.what)} "${target.code}" cannot be deleted: ${listed(found)} refer to it. ${target.advice}`,
    undefined,
    { referencedBy: found },
  );
}

function listed(items: string[]): string {
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
