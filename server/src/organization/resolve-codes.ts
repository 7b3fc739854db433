import type { EntityManager, EntityTarget } from 'typeorm';
import { assertValid } from '../catalog/shared/master-data-errors.js';

/** A field of a request that names another row by its code. */
export interface CodeField {
  entity: EntityTarget<{ id: string; code: string }>;
  /** "cost center", for the message `unknown cost center "X"`. */
  what: string;
  /** undefined: not given (PATCH); null: cleared. */
  code: string | null | undefined;
}

/**
 * The ids of the rows the fields name, by field: undefined stays undefined, null stays null. 400 naming
 * every unknown code on its own field (`costCenter: unknown cost center "X"`).
 */
export async function resolveCodes<K extends string>(
  manager: EntityManager,
  fields: Record<K, CodeField>,
): Promise<Record<K, string | null | undefined>> {
  const ids = {} as Record<K, string | null | undefined>;
  const problems: Record<string, string> = {};
  for (const [field, { entity, what, code }] of Object.entries(fields) as [K, CodeField][]) {
    if (code === undefined || code === null) {
      ids[field] = code;
      continue;
    }
    const row = await manager.getRepository(entity).findOne({ where: { code }, select: { id: true } });
    if (row) ids[field] = row.id;
    else problems[field] = `unknown ${what} "${code}"`;
  }
  assertValid(problems);
  return ids;
}

/** The column values of the given fields only, so a PATCH leaves the others alone. */
export function definedOnly<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
