import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, loadDatabaseConfig, type Environment } from './load-config.js';

const SECRET = 'x'.repeat(40);

describe('loadConfig', () => {
  let dataDir: string;
  let env: Environment;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'tuotteisto-config-'));
    env = { DATA_DIR: dataDir };
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  function problems(overrides: Environment): string {
    try {
      loadConfig({ ...env, ...overrides });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error('expected a ConfigError');
  }

  it('defaults to the embedded database, port 3000 on 127.0.0.1, development', () => {
    const config = loadConfig(env);
    expect(config).toMatchObject({
      nodeEnv: 'development',
      host: '127.0.0.1',
      port: 3000,
      logLevel: 'log',
      dataDir,
      database: { mode: 'embedded', dataDir, port: 0, poolSize: 1 },
      redisUrl: undefined,
    });
  });

  it('is frozen, nested objects too', () => {
    const config = loadConfig(env);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.database)).toBe(true);
  });

  it('uses a PostgreSQL server with DATABASE_URL, pool 10 unless DB_POOL_SIZE says otherwise', () => {
    const url = 'postgres://app@db.example.fi:5432/tuotteisto';
    expect(loadConfig({ ...env, DATABASE_URL: url }).database).toEqual({ mode: 'server', url, poolSize: 10 });
    expect(loadConfig({ ...env, DATABASE_URL: url, DB_POOL_SIZE: '25' }).database).toMatchObject({
      poolSize: 25,
    });
  });

  it('treats an empty value as unset', () => {
    expect(loadConfig({ ...env, DATABASE_URL: '', PORT: ' ' })).toMatchObject({
      port: 3000,
      database: { mode: 'embedded' },
    });
  });

  it('names each invalid variable and its problem, all at once', () => {
    const message = problems({
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      DATABASE_URL: 'mysql://x',
      REDIS_URL: 'not a url',
    });
    expect(message).toContain('PORT must be a whole number from 1 to 65535, got "eighty"');
    expect(message).toContain('LOG_LEVEL must be one of fatal, error, warn, log, debug, verbose, got "loud"');
    expect(message).toContain('DATABASE_URL must use postgres: or postgresql:, got "mysql:"');
    expect(message).toContain('REDIS_URL must be a URL');
  });

  it('refuses a pool larger than 1 on the embedded database', () => {
    expect(problems({ DB_POOL_SIZE: '5' })).toContain(
      'DB_POOL_SIZE must be 1 (or unset) with the embedded database',
    );
    expect(loadConfig({ ...env, DB_POOL_SIZE: '1' }).database.poolSize).toBe(1);
  });

  it('never echoes a secret that is too short', () => {
    const message = problems({ PSEUDONYM_KEY: 'hunter2' });
    expect(message).toContain('PSEUDONYM_KEY must be at least 32 characters long (got 7)');
    expect(message).not.toContain('hunter2');
  });

  it('generates missing secrets once into the data folder and reuses them', () => {
    const first = loadConfig(env);
    const second = loadConfig(env);
    expect(first.pseudonymKey).toMatch(/^[0-9a-f]{64}$/);
    expect(second.pseudonymKey).toBe(first.pseudonymKey);
    expect(second.jwtSecret).toBe(first.jwtSecret);
    expect(first.jwtSecret).not.toBe(first.pseudonymKey);
    const keyFile = join(dataDir, 'secrets', 'pseudonym.key');
    expect(readFileSync(keyFile, 'utf8')).toBe(first.pseudonymKey);
    expect(statSync(keyFile).mode & 0o077).toBe(0);
  });

  it('prefers given secrets to generated ones', () => {
    const config = loadConfig({ ...env, PSEUDONYM_KEY: SECRET, JWT_SECRET: SECRET.toUpperCase() });
    expect(config).toMatchObject({ pseudonymKey: SECRET, jwtSecret: SECRET.toUpperCase() });
  });

  it('requires both secrets in production with DATABASE_URL', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/app' };
    const message = problems(production);
    expect(message).toContain('PSEUDONYM_KEY is required when NODE_ENV=production and DATABASE_URL is set');
    expect(message).toContain('JWT_SECRET is required');
    expect(loadConfig({ ...env, ...production, PSEUDONYM_KEY: SECRET, JWT_SECRET: SECRET }).nodeEnv).toBe(
      'production',
    );
  });

  it('generates secrets in production on the embedded database (they live beside its data)', () => {
    expect(loadConfig({ ...env, NODE_ENV: 'production' }).pseudonymKey).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('OpenID Connect settings', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'tuotteisto-oidc-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const load = (env: Environment) => loadConfig({ DATA_DIR: dataDir, ...env });
  const issuer = 'https://login.example.fi/realms/sote';

  it('are off by default and need both the issuer and the client id', () => {
    expect(load({}).oidc).toBeUndefined();
    expect(() => load({ OIDC_ISSUER: issuer })).toThrow('OIDC_CLIENT_ID is required when OIDC_ISSUER is set');
    expect(() => load({ OIDC_CLIENT_ID: 'x' })).toThrow('OIDC_ISSUER is required when OIDC_CLIENT_ID is set');
  });

  it('read the role claim and map groups to roles, a group to several roles if listed twice', () => {
    const oidc = load({
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: 'tuotteisto',
      OIDC_ROLE_CLAIM: 'realm_access.roles',
      OIDC_ROLE_MAP: 'sote-talous=finance, sote-johto=finance,sote-johto=admin',
    }).oidc;
    expect(oidc).toEqual({
      issuer,
      clientId: 'tuotteisto',
      roleClaim: 'realm_access.roles',
      usernameClaim: 'preferred_username',
      roleMap: { 'sote-talous': ['finance'], 'sote-johto': ['finance', 'admin'] },
    });
  });

  it('refuse a mapping to an unknown role and a malformed claim path', () => {
    expect(() => load({ OIDC_ROLE_MAP: 'sote=boss' })).toThrow(
      'OIDC_ROLE_MAP maps "sote" to "boss", not one of',
    );
    expect(() => load({ OIDC_ROLE_MAP: 'sote' })).toThrow('OIDC_ROLE_MAP must be value=role pairs');
    expect(() => load({ OIDC_ROLE_CLAIM: 'a..b' })).toThrow(
      'OIDC_ROLE_CLAIM must be a claim name or a dotted path',
    );
  });
});

describe('loadDatabaseConfig', () => {
  it('needs no secrets, even in production (for the migration CLI)', () => {
    const env = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/app', DB_POOL_SIZE: '3' };
    expect(loadDatabaseConfig(env)).toEqual({ mode: 'server', url: 'postgres://db/app', poolSize: 3 });
  });

  it('resolves the data folder to an absolute path', () => {
    expect(loadDatabaseConfig({ DATA_DIR: 'relative/dir' })).toMatchObject({
      mode: 'embedded',
      dataDir: join(process.cwd(), 'relative/dir'),
    });
  });
});
