// The whole application on a fresh test database (embedded, or DATABASE_URL's server), for integration
// tests: boot it once per test file, talk to it over HTTP with supertest, anonymously (`http()`) or
// signed in as a user holding one role (`as('finance')`).
import type { NestExpressApplication } from '@nestjs/platform-express';
import bcrypt from 'bcryptjs';
import request from 'supertest';
import { createApp } from '../../server/src/app/create-app.js';
import { User } from '../../server/src/auth/entities/user.entity.js';
import { LocalTokens } from '../../server/src/auth/local-tokens.js';
import { ROLES, type Role } from '../../server/src/auth/roles.js';
import type { AppConfig } from '../../server/src/config/app-config.js';
import { loadConfig } from '../../server/src/config/load-config.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface TestApp {
  readonly app: NestExpressApplication;
  readonly db: TestDatabase;
  readonly config: AppConfig;
  /** supertest bound to the app, without a token: `http().get('/api/v1/health')`. */
  http(): ReturnType<typeof request>;
  /**
   * supertest signed in as the test user holding only this role; its username is the role's name
   * (`finance`), so that is what versions, runs and the audit log record.
   */
  as(role: Role): ReturnType<typeof request.agent>;
  /** The bearer token of that user. */
  token(role: Role): string;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Extra environment variables for loadConfig (e.g. OIDC settings). */
  readonly env?: Readonly<Record<string, string>>;
}

const TEST_SECRET = 'test-secret-0123456789abcdef0123456789abcdef';
/** The password of every test user (`as()` does not need it; sign-in tests do). */
export const TEST_PASSWORD = 'test-password-2011';
// Cost 4: hashing at the production cost for six users per test file would only slow the tests.
const TEST_PASSWORD_HASH = bcrypt.hashSync(TEST_PASSWORD, 4);

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    DATA_DIR: db.embedded?.dataDir ?? '.data-test',
    PSEUDONYM_KEY: TEST_SECRET,
    JWT_SECRET: TEST_SECRET,
    ...options.env,
  });
  const app = await createApp(config, db.dataSource);
  await app.init();
  const tokens = await signInRoleUsers(app, db);
  return {
    app,
    db,
    config,
    http: () => request(app.getHttpServer()),
    as: (role) => request.agent(app.getHttpServer()).set('Authorization', `Bearer ${tokens.get(role)}`),
    token: (role) => tokens.get(role) as string,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}

/** The worker code of the `worker` test user (no such worker need exist: reports filter by the code). */
export const TEST_WORKER_CODE = 'T0001';

/** One user per role, named after it, and a token for each. */
async function signInRoleUsers(app: NestExpressApplication, db: TestDatabase): Promise<Map<Role, string>> {
  const users = db.dataSource.getRepository(User);
  await users.insert(
    ROLES.map((role) => ({
      username: role,
      displayName: `Test ${role}`,
      roles: [role],
      passwordHash: TEST_PASSWORD_HASH,
      workerCode: role === 'worker' ? TEST_WORKER_CODE : null,
    })),
  );
  const localTokens = app.get(LocalTokens);
  const saved = await users.find();
  return new Map(saved.map((user) => [user.roles[0], localTokens.issue(user)]));
}
