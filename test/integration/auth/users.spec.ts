import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const USERS = '/api/v1/users';
const PASSWORD = 'hyvä-salasana-2011';

describe('users admin', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const admin = () => t.as('admin');

  it('creates a user and never answers a password or its hash', async () => {
    const created = await admin()
      .post(USERS)
      .send({ username: 'matti', displayName: 'Matti Meikäläinen', password: PASSWORD, roles: ['purchaser'] })
      .expect(201);
    expect(created.body).toEqual({
      username: 'matti',
      displayName: 'Matti Meikäläinen',
      roles: ['purchaser'],
      workerCode: null,
      active: true,
      passwordChangedAt: expect.any(String),
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const list = await t.as('auditor').get(USERS).expect(200);
    expect(list.body.map((u: { username: string }) => u.username)).toContain('matti');
    expect(JSON.stringify(list.body)).not.toMatch(/password"|hash|\$2[aby]\$/i);
  });

  it('stores only a bcrypt hash', async () => {
    const [row] = await t.db.dataSource.query("SELECT password_hash FROM users WHERE username = 'matti'");
    expect(row.password_hash).toMatch(/^\$2[aby]\$12\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
  });

  it('refuses a short password, an unknown role, a bad username and a duplicate, on the right field', async () => {
    const short = await admin()
      .post(USERS)
      .send({ username: 'lyhyt', displayName: 'Lyhyt', password: 'short', roles: [] })
      .expect(400);
    expect(short.body.fields).toEqual({ password: 'must be at least 12 characters long' });
    const bad = await admin()
      .post(USERS)
      .send({ username: 'Iso Kirjain', displayName: ' ', password: PASSWORD, roles: ['boss'] })
      .expect(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['displayName', 'roles', 'username']);
    const duplicate = await admin()
      .post(USERS)
      .send({ username: 'matti', displayName: 'Toinen', password: PASSWORD, roles: [] })
      .expect(409);
    expect(duplicate.body.fields).toEqual({ username: 'user "matti" already exists' });
  });

  it('links a user to an existing worker only', async () => {
    const unknown = await admin().patch(`${USERS}/matti`).send({ workerCode: 'T9999' }).expect(400);
    expect(unknown.body.fields).toEqual({ workerCode: 'unknown worker "T9999"' });
  });

  it('changes roles and deactivates, and 404s an unknown user', async () => {
    const changed = await admin()
      .patch(`${USERS}/matti`)
      .send({ roles: ['provider', 'purchaser'] })
      .expect(200);
    expect(changed.body.roles).toEqual(['provider', 'purchaser']);
    const off = await admin().patch(`${USERS}/matti`).send({ active: false }).expect(200);
    expect(off.body.active).toBe(false);
    await admin().patch(`${USERS}/nobody`).send({ active: false }).expect(404);
    await admin().post(`${USERS}/nobody/password`).send({ password: PASSWORD }).expect(404);
  });

  it('keeps at least one active administrator, and an administrator cannot lock themself out', async () => {
    const self = await admin()
      .patch(`${USERS}/admin`)
      .send({ roles: ['finance'] })
      .expect(409);
    expect(self.body.message).toMatch(/your own administrator role/);
    await admin()
      .post(USERS)
      .send({ username: 'toinen.admin', displayName: 'Toinen', password: PASSWORD, roles: ['admin'] })
      .expect(201);
    await admin().patch(`${USERS}/toinen.admin`).send({ active: false }).expect(200);
    await admin().patch(`${USERS}/toinen.admin`).send({ active: true }).expect(200);
    const [{ n }] = await t.db.dataSource.query(
      "SELECT count(*)::int AS n FROM users WHERE 'admin' = ANY (roles) AND active",
    );
    expect(n).toBe(2);
  });

  it('refuses a new password that is too short', async () => {
    const response = await admin().post(`${USERS}/matti/password`).send({ password: 'lyhyt' }).expect(400);
    expect(response.body.fields).toEqual({ password: 'must be at least 12 characters long' });
  });
});
