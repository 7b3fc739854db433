// The roles of issue 4. Pure constants (no Nest import): the configuration parser uses them too.

export const ROLES = ['admin', 'finance', 'purchaser', 'provider', 'auditor', 'worker'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who keeps the data: the catalog, cost data, keys, rules, imports and runs. */
export const KEEPERS: readonly Role[] = ['finance', 'admin'];

/** Who reads the organization, cost data, keys, rules and imports: the keepers and the auditors. */
export const DATA_READERS: readonly Role[] = ['finance', 'admin', 'auditor'];

/** Who reads the catalog, runs and price lists: everyone but workers (the parties negotiate over them). */
export const PRICE_READERS: readonly Role[] = ['finance', 'admin', 'purchaser', 'provider', 'auditor'];

/** Who reads history and the audit log. */
export const HISTORY_READERS: readonly Role[] = ['auditor', 'admin'];
