// The whole application on a fresh test database (embedded, or DATABASE_URL's server), for integration
// tests: boot it once per test file, talk to it over HTTP with supertest.
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createApp } from '../../server/src/app/create-app.js';
import type { AppConfig } from '../../server/src/config/app-config.js';
import { loadConfig } from '../../server/src/config/load-config.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface TestApp {
  readonly app: NestExpressApplication;
  readonly db: TestDatabase;
  readonly config: AppConfig;
  /** supertest bound to the app: `http().get('/api/v1/health')`. */
  http(): ReturnType<typeof request>;
  close(): Promise<void>;
}

const TEST_SECRET = 'test-secret-0123456789abcdef0123456789abcdef';

export async function createTestApp(): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    DATA_DIR: db.embedded?.dataDir ?? '.data-test',
    PSEUDONYM_KEY: TEST_SECRET,
    JWT_SECRET: TEST_SECRET,
  });
  const app = await createApp(config, db.dataSource);
  await app.init();
  return {
    app,
    db,
    config,
    http: () => request(app.getHttpServer()),
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}
