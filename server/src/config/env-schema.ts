// The one description of every environment variable the server reads. loadConfig() parses with it,
// renderConfigTable() documents from it, so the README table cannot drift from the code.
import {
  claimPath,
  integer,
  oneOf,
  optional,
  roleMap,
  secret,
  text,
  url,
  withDefault,
  type Parser,
} from './parsers.js';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export const DEMO_MODES = ['auto', 'on', 'off'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
export const SECRET_MIN_LENGTH = 32;

export interface EnvVariable<T> {
  /** What it is for, one or two sentences for the README. */
  readonly description: string;
  /** What applies when the variable is unset, in words for the README. */
  readonly defaultText: string;
  readonly example: string;
  readonly parse: Parser<T>;
}

function variable<T>(definition: EnvVariable<T>): EnvVariable<T> {
  return definition;
}

export const envSchema = {
  DATABASE_URL: variable({
    description:
      'PostgreSQL server to use. When unset the server starts an embedded PostgreSQL (PGlite) in-process, ' +
      'with its files under `DATA_DIR/pg`.',
    defaultText: 'unset: embedded database',
    example: 'postgres://tuotteisto:secret@db.example.fi:5432/tuotteisto',
    parse: optional(url(['postgres:', 'postgresql:'])),
  }),
  DATA_DIR: variable({
    description:
      'Folder for local state: the embedded database (`pg/`, locked by `pg.lock`) and generated secrets ' +
      '(`secrets/`). Relative to the working directory.',
    defaultText: '`./.data`',
    example: '/var/lib/tuotteisto',
    parse: withDefault(text, './.data'),
  }),
  PORT: variable({
    description: 'HTTP port of the API and the admin UI.',
    defaultText: '`3000`',
    example: '8080',
    parse: withDefault(integer(1, 65535), 3000),
  }),
  HOST: variable({
    description:
      'Interface the HTTP server listens on. Set `0.0.0.0` to accept connections from other hosts.',
    defaultText: '`127.0.0.1`',
    example: '0.0.0.0',
    parse: withDefault(text, '127.0.0.1'),
  }),
  REDIS_URL: variable({
    description: 'Redis for background jobs (BullMQ). When unset, jobs run in-process.',
    defaultText: 'unset: in-process jobs',
    example: 'redis://127.0.0.1:6379',
    parse: optional(url(['redis:', 'rediss:'])),
  }),
  PSEUDONYM_KEY: variable({
    description:
      'Key of the keyed hash (HMAC-SHA-256) that turns client references into pseudonymous client keys. ' +
      'Changing it changes every client key. Required with `DATABASE_URL` in production; otherwise generated ' +
      'once into `DATA_DIR/secrets/` and reused.',
    defaultText: 'generated into `DATA_DIR/secrets/pseudonym.key`',
    example: '(64 random hex characters: `openssl rand -hex 32`)',
    parse: optional(secret(SECRET_MIN_LENGTH)),
  }),
  JWT_SECRET: variable({
    description:
      'Secret that signs login sessions (JWT). Required with `DATABASE_URL` in production; otherwise generated ' +
      'once into `DATA_DIR/secrets/` and reused.',
    defaultText: 'generated into `DATA_DIR/secrets/jwt.secret`',
    example: '(64 random hex characters: `openssl rand -hex 32`)',
    parse: optional(secret(SECRET_MIN_LENGTH)),
  }),
  OIDC_ISSUER: variable({
    description:
      'OpenID Connect issuer whose bearer tokens the API accepts besides its own sign-in (exactly the `iss` of ' +
      "its tokens). Its keys are read from the issuer's `/.well-known/openid-configuration`. Needs `OIDC_CLIENT_ID`.",
    defaultText: 'unset: local users only',
    example: 'https://login.example.fi/realms/hyvinvointialue',
    parse: optional(url(['https:', 'http:'])),
  }),
  OIDC_CLIENT_ID: variable({
    description:
      "This application's client id at the identity provider: tokens must name it in `aud` (or `azp`).",
    defaultText: 'unset',
    example: 'tuotteisto',
    parse: optional(text),
  }),
  OIDC_ROLE_CLAIM: variable({
    description:
      'Claim of the identity token holding the roles or groups (a dotted path for nested claims). Its values ' +
      'are mapped with `OIDC_ROLE_MAP`.',
    defaultText: '`roles`',
    example: 'realm_access.roles',
    parse: withDefault(claimPath, 'roles'),
  }),
  OIDC_ROLE_MAP: variable({
    description:
      "Comma-separated `claim value=role` pairs mapping the provider's groups to roles (admin, finance, " +
      'purchaser, provider, auditor, worker); a value may appear more than once. Values not listed give no role.',
    defaultText: 'unset: a claim value that is a role name is that role',
    example: 'sote-talous=finance,sote-tarkastus=auditor',
    parse: optional(roleMap),
  }),
  OIDC_USERNAME_CLAIM: variable({
    description: 'Claim naming the user in the audit log and in authors of versions and runs (else `sub`).',
    defaultText: '`preferred_username`',
    example: 'email',
    parse: withDefault(claimPath, 'preferred_username'),
  }),
  DB_POOL_SIZE: variable({
    description:
      'Maximum database connections. The embedded database always uses exactly 1 (its connections share ' +
      'one session), so only 1 is accepted without `DATABASE_URL`.',
    defaultText: '`10` with `DATABASE_URL`, `1` embedded',
    example: '20',
    parse: optional(integer(1, 200)),
  }),
  EMBEDDED_DB_PORT: variable({
    description:
      'Local port on which the embedded database listens (127.0.0.1 only), e.g. to inspect it with psql ' +
      'while the server runs. `0` picks a free port. Ignored with `DATABASE_URL`.',
    defaultText: '`0` (a free port)',
    example: '54329',
    parse: withDefault(integer(0, 65535), 0),
  }),
  DEMO_DATA: variable({
    description:
      'Whether `npm start` loads the demo organization (Jyväskylä 2011 ledger, generated time records) and prices ' +
      '2011. `auto`: only into a fresh embedded database (no cost centers yet); `on`: also into a server database; ' +
      '`off`: never. `npm run demo:load` loads it on demand.',
    defaultText: '`auto`',
    example: 'off',
    parse: withDefault(oneOf(DEMO_MODES), 'auto'),
  }),
  LOG_LEVEL: variable({
    description: `Most verbose log level written: ${LOG_LEVELS.join(', ')}.`,
    defaultText: '`log`',
    example: 'debug',
    parse: withDefault(oneOf(LOG_LEVELS), 'log'),
  }),
  NODE_ENV: variable({
    description: `Run mode: ${NODE_ENVS.join(', ')}. Production requires explicit secrets with \`DATABASE_URL\`.`,
    defaultText: '`development`',
    example: 'production',
    parse: withDefault(oneOf(NODE_ENVS), 'development'),
  }),
} as const;

export type EnvName = keyof typeof envSchema;

export type ParsedEnv = {
  readonly [K in EnvName]: ReturnType<(typeof envSchema)[K]['parse']>;
};
