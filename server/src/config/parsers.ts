// Parsers for environment variables: each turns the raw string (or its absence) into a typed value
// or throws a ConfigProblem whose message completes the sentence "<VARIABLE> ...".

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
