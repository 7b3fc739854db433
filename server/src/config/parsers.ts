// Parsers for environment variables: each turns the raw string (or its absence) into a typed value
// or throws a ConfigProblem whose message completes the sentence "<VARIABLE> ...".
import { isRole, ROLES, type Role } from '../auth/roles.js';

export class ConfigProblem extends Error {}

export type Parser<T> = (raw: string | undefined) => T;

/** An empty value counts as unset, as container env files often write `VAR=`. */
export function present(raw: string | undefined): string | undefined {
  const trimmed = raw?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

export function optional<T>(parse: (value: string) => T): Parser<T | undefined> {
  return (raw) => {
    const value = present(raw);
    return value === undefined ? undefined : parse(value);
  };
}

export function withDefault<T>(parse: (value: string) => T, fallback: T): Parser<T> {
  return (raw) => {
    const value = present(raw);
    return value === undefined ? fallback : parse(value);
  };
}

export function integer(min: number, max: number): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      throw new ConfigProblem(`must be a whole number from ${min} to ${max}, got "${value}"`);
    }
    return Number(value);
  };
}

export function oneOf<T extends string>(allowed: readonly T[]): (value: string) => T {
  return (value) => {
    if (!(allowed as readonly string[]).includes(value)) {
      throw new ConfigProblem(`must be one of ${allowed.join(', ')}, got "${value}"`);
    }
    return value as T;
  };
}

export function url(protocols: readonly string[]): (value: string) => string {
  return (value) => {
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      throw new ConfigProblem(
        `must be a URL such as ${protocols[0]}//host:port/..., got an unparsable value`,
      );
    }
    if (!protocols.includes(parsed.protocol)) {
      throw new ConfigProblem(`must use ${protocols.join(' or ')}, got "${parsed.protocol}"`);
    }
    return value;
  };
}

/** Secrets are never echoed back in error messages. */
export function secret(minLength: number): (value: string) => string {
  return (value) => {
    if (value.length < minLength) {
      throw new ConfigProblem(`must be at least ${minLength} characters long (got ${value.length})`);
    }
    return value;
  };
}

export function text(value: string): string {
  return value;
}

/** `realm_access.roles`: claim names joined by dots. */
export function claimPath(value: string): string {
  if (!/^[\w:-]+(\.[\w:-]+)*$/.test(value)) {
    throw new ConfigProblem(
      `must be a claim name or a dotted path such as realm_access.roles, got "${value}"`,
    );
  }
  return value;
}

/** `group=role,group=role`: a claim value may map to several roles. */
export function roleMap(value: string): Readonly<Record<string, readonly Role[]>> {
  const map = new Map<string, Role[]>();
  for (const pair of value.split(',').map((p) => p.trim())) {
    const [claimValue, role, extra] = pair.split('=').map((p) => p.trim());
    if (!claimValue || role === undefined || extra !== undefined) {
      throw new ConfigProblem(`must be value=role pairs, got "${pair}"`);
    }
    if (!isRole(role)) {
      throw new ConfigProblem(`maps "${claimValue}" to "${role}", not one of ${ROLES.join(', ')}`);
    }
    map.set(claimValue, [...(map.get(claimValue) ?? []), role]);
  }
  return Object.fromEntries(map);
}
