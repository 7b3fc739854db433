import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_USERS, registerDemoUsers } from '../../../server/src/demo/demo-users.js';
import { ROLES } from '../../../server/src/auth/roles.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

describe('demo users', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    // The test users are named after the roles too: clear them so the demo's are created.
    await t.db.dataSource.query('DELETE FROM users');
    await registerDemoUsers(t.db.dataSource.manager);
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives every role one user, who signs in with the documented password', async () => {
    expect(DEMO_USERS.flatMap((u) => u.roles).sort()).toEqual([...ROLES].sort());
    for (const demo of DEMO_USERS) {
      const { body } = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ username: demo.username, password: demo.password })
        .expect(200);
      expect(body.user).toEqual({
        username: demo.username,
        displayName: demo.displayName,
        roles: demo.roles,
      });
    }
  });

  it('links the worker to a demo worker code and is safe to run again', async () => {
    const [worker] = await t.db.dataSource.query("SELECT worker_code FROM users WHERE username = 'worker'");
    expect(worker.worker_code).toBe('T0001');
    await registerDemoUsers(t.db.dataSource.manager);
    const [{ n }] = await t.db.dataSource.query('SELECT count(*)::int AS n FROM users');
    expect(n).toBe(DEMO_USERS.length);
  });
});
