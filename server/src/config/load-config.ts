// The only code that reads process.env. Everything else receives an AppConfig.
import { resolve } from 'node:path';
import type { AppConfig, DatabaseConfig, OidcConfig } from './app-config.js';
import { envSchema, type EnvName, type ParsedEnv } from './env-schema.js';
import { ConfigProblem } from './parsers.js';
import { readOrCreateSecret, type GeneratedSecretName } from './secrets.js';

export type Environment = Readonly<Record<string, string | undefined>>;

export interface ConfigIssue {
  readonly variable: string;
  readonly problem: string;
}

export class ConfigError extends Error {
  constructor(readonly issues: readonly ConfigIssue[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  ${i.variable} ${i.problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Validates the environment and returns the frozen configuration. Side effect, by design: in embedded or
 * non-production mode a missing PSEUDONYM_KEY or JWT_SECRET is generated once into DATA_DIR/secrets/.
 */
export function loadConfig(env: Environment = process.env): AppConfig {
  const parsed = parseEnvironment(env);
  const issues = crossCheck(parsed);
  if (issues.length > 0) throw new ConfigError(issues);
  const dataDir = resolve(parsed.DATA_DIR);
  return deepFreeze({
    nodeEnv: parsed.NODE_ENV,
    host: parsed.HOST,
    port: parsed.PORT,
    logLevel: parsed.LOG_LEVEL,
    dataDir,
    database: databaseConfig(parsed, dataDir),
    redisUrl: parsed.REDIS_URL,
    demoData: parsed.DEMO_DATA,
    pseudonymKey: parsed.PSEUDONYM_KEY ?? readOrCreateSecret(dataDir, 'PSEUDONYM_KEY'),
    jwtSecret: parsed.JWT_SECRET ?? readOrCreateSecret(dataDir, 'JWT_SECRET'),
    oidc: oidcConfig(parsed),
  });
}

/** Only what a database connection needs: for the migration CLI, which must not require app secrets. */
export function loadDatabaseConfig(env: Environment = process.env): DatabaseConfig {
  const parsed = parseEnvironment(env, ['DATABASE_URL', 'DATA_DIR', 'DB_POOL_SIZE', 'EMBEDDED_DB_PORT']);
  const issues = poolIssues(parsed);
  if (issues.length > 0) throw new ConfigError(issues);
  return deepFreeze(databaseConfig(parsed, resolve(parsed.DATA_DIR)));
}

/** Parses every listed variable, reporting all problems at once rather than the first. */
export function parseEnvironment(
  env: Environment,
  names: readonly EnvName[] = Object.keys(envSchema) as EnvName[],
): ParsedEnv {
  const values: Record<string, unknown> = {};
  const issues: ConfigIssue[] = [];
  for (const name of names) {
    try {
      values[name] = envSchema[name].parse(env[name]);
    } catch (error) {
      if (!(error instanceof ConfigProblem)) throw error;
      issues.push({ variable: name, problem: error.message });
    }
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return values as ParsedEnv;
}

function databaseConfig(parsed: ParsedEnv, dataDir: string): DatabaseConfig {
  if (parsed.DATABASE_URL === undefined) {
    return { mode: 'embedded', dataDir, port: parsed.EMBEDDED_DB_PORT, poolSize: 1 };
  }
  return { mode: 'server', url: parsed.DATABASE_URL, poolSize: parsed.DB_POOL_SIZE ?? 10 };
}

function oidcConfig(parsed: ParsedEnv): OidcConfig | undefined {
  if (parsed.OIDC_ISSUER === undefined || parsed.OIDC_CLIENT_ID === undefined) return undefined;
  return {
    issuer: parsed.OIDC_ISSUER,
    clientId: parsed.OIDC_CLIENT_ID,
    roleClaim: parsed.OIDC_ROLE_CLAIM,
    usernameClaim: parsed.OIDC_USERNAME_CLAIM,
    roleMap: parsed.OIDC_ROLE_MAP,
  };
}

function crossCheck(parsed: ParsedEnv): ConfigIssue[] {
  return [...poolIssues(parsed), ...secretIssues(parsed), ...oidcIssues(parsed)];
}

/** Half an OIDC setup would silently accept no one from the provider: name the missing half. */
function oidcIssues(parsed: ParsedEnv): ConfigIssue[] {
  const issuer = parsed.OIDC_ISSUER !== undefined;
  const client = parsed.OIDC_CLIENT_ID !== undefined;
  if (issuer === client) return [];
  const [variable, other] = issuer ? ['OIDC_CLIENT_ID', 'OIDC_ISSUER'] : ['OIDC_ISSUER', 'OIDC_CLIENT_ID'];
  return [{ variable, problem: `is required when ${other} is set` }];
}

function poolIssues(parsed: ParsedEnv): ConfigIssue[] {
  if (parsed.DATABASE_URL !== undefined || parsed.DB_POOL_SIZE === undefined || parsed.DB_POOL_SIZE === 1) {
    return [];
  }
  return [
    {
      variable: 'DB_POOL_SIZE',
      problem:
        `must be 1 (or unset) with the embedded database, got ${parsed.DB_POOL_SIZE}: its connections share ` +
        'one session, so work runs on one connection. Set DATABASE_URL to use a larger pool.',
    },
  ];
}

function secretIssues(parsed: ParsedEnv): ConfigIssue[] {
  // A server database in production is shared and long-lived: a key generated on one machine would make
  // client keys differ between instances, so it must be given explicitly.
  if (parsed.NODE_ENV !== 'production' || parsed.DATABASE_URL === undefined) return [];
  const required: GeneratedSecretName[] = ['PSEUDONYM_KEY', 'JWT_SECRET'];
  return required
    .filter((name) => parsed[name] === undefined)
    .map((name) => ({
      variable: name,
      problem:
        'is required when NODE_ENV=production and DATABASE_URL is set (generate one: openssl rand -hex 32)',
    }));
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child !== null && typeof child === 'object') deepFreeze(child as object);
  }
  return Object.freeze(value);
}
