import type { Role } from '../auth/roles.js';
import type { DEMO_MODES, LOG_LEVELS, NODE_ENVS } from './env-schema.js';

export type NodeEnv = (typeof NODE_ENVS)[number];
export type LogLevel = (typeof LOG_LEVELS)[number];
export type DemoMode = (typeof DEMO_MODES)[number];

/** Where the data lives: an in-process PGlite under dataDir, or a PostgreSQL server. */
export type DatabaseConfig = EmbeddedDatabaseConfig | ServerDatabaseConfig;

export interface EmbeddedDatabaseConfig {
  readonly mode: 'embedded';
  /** The application data folder; the database files are in its `pg/` subfolder. */
  readonly dataDir: string;
  /** 0 = any free port. */
  readonly port: number;
  readonly poolSize: 1;
}

export interface ServerDatabaseConfig {
  readonly mode: 'server';
  readonly url: string;
  readonly poolSize: number;
}

export interface AppConfig {
  readonly nodeEnv: NodeEnv;
  readonly host: string;
  readonly port: number;
  readonly logLevel: LogLevel;
  /** Absolute path. */
  readonly dataDir: string;
  readonly database: DatabaseConfig;
  readonly redisUrl: string | undefined;
  readonly demoData: DemoMode;
  readonly pseudonymKey: string;
  readonly jwtSecret: string;
  /** Set when an OpenID Connect provider's tokens are accepted besides local sign-in. */
  readonly oidc: OidcConfig | undefined;
}

export interface OidcConfig {
  /** Exactly the `iss` of its tokens, and where its discovery document lives. */
  readonly issuer: string;
  /** Must appear in a token's `aud` (or be its `azp`). */
  readonly clientId: string;
  /** Dotted path of the claim holding roles or groups. */
  readonly roleClaim: string;
  readonly usernameClaim: string;
  /** Claim value → roles; undefined: claim values that are role names map to themselves. */
  readonly roleMap: Readonly<Record<string, readonly Role[]>> | undefined;
}
