import type { OidcConfig } from '../../config/app-config.js';
import { isRole, type Role } from '../roles.js';
import { notAuthenticated } from './compact-jws.js';

/** The value at a dotted claim path: `realm_access.roles`. A claim whose own name contains the dot wins. */
export function claimAt(claims: Record<string, unknown>, path: string): unknown {
  if (Object.hasOwn(claims, path)) return claims[path];
  return path.split('.').reduce<unknown>((value, key) => {
    if (value === null || typeof value !== 'object') return undefined;
    return (value as Record<string, unknown>)[key];
  }, claims);
}

/** The roles the provider's claim grants, through OIDC_ROLE_MAP (or by name when there is no map). */
export function rolesOf(claims: Record<string, unknown>, config: OidcConfig): Role[] {
  const raw = claimAt(claims, config.roleClaim);
  const values = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[\s,]+/) : [];
  const roles = values
    .filter((value): value is string => typeof value === 'string')
    .flatMap((value) => mapped(value, config.roleMap));
  return [...new Set(roles)];
}

function mapped(value: string, map: OidcConfig['roleMap']): readonly Role[] {
  if (!map) return isRole(value) ? [value] : [];
  return Object.hasOwn(map, value) ? map[value] : []; // hasOwn: a claim value "constructor" maps to nothing
}

/** The name recorded as author and in the audit log: the configured claim, else `sub`. */
export function usernameOf(claims: Record<string, unknown>, config: OidcConfig): string {
  for (const value of [claimAt(claims, config.usernameClaim), claims.sub]) {
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 200);
  }
  throw notAuthenticated('The sign-in token names no user');
}
