import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { MAX_FAILURES } from '../../../server/src/auth/login-throttle.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../support/test-app.js';

const LOGIN = '/api/v1/auth/login';
const ME = '/api/v1/auth/me';
const ADMIN_PASSWORD = 'pääkäyttäjä-salasana-1';

/** An HS256 token with any claims and secret, to try what the server must refuse. */
function forge(claims: object, secret: string, header: object = { alg: 'HS256', typ: 'JWT' }): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${part(header)}.${part(claims)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

describe('sign-in and sessions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await t
      .as('admin')
      .post('/api/v1/users')
      .send({
        username: 'maija',
        displayName: 'Maija Meikäläinen',
        password: ADMIN_PASSWORD,
        roles: ['finance'],
      })
      .expect(201);
  });
  afterAll(async () => {
    await t.close();
  });

  const login = (username: string, password: string) => t.http().post(LOGIN).send({ username, password });

  it('signs in with the right password and answers the session the admin UI expects', async () => {
    const { body } = await login('maija', ADMIN_PASSWORD).expect(200);
    expect(body).toEqual({
      accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      user: { username: 'maija', displayName: 'Maija Meikäläinen', roles: ['finance'] },
    });
    const claims = JSON.parse(Buffer.from(body.accessToken.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ sub: 'maija', roles: ['finance'], iss: 'tuotteisto', aud: 'tuotteisto' });
    expect(claims.exp - claims.iat).toBe(8 * 3600);
    const me = await t.http().get(ME).set('Authorization', `Bearer ${body.accessToken}`).expect(200);
    expect(me.body).toEqual({
      username: 'maija',
      displayName: 'Maija Meikäläinen',
      roles: ['finance'],
      workerCode: null,
      source: 'local',
    });
  });

  it('takes the username in any case and with spaces around it', async () => {
    expect((await login('  Maija ', ADMIN_PASSWORD).expect(200)).body.user.username).toBe('maija');
  });

  it('answers a wrong password and an unknown user alike', async () => {
    const wrong = await login('maija', 'not the password').expect(401);
    const unknown = await login('nobody', ADMIN_PASSWORD).expect(401);
    expect(wrong.body.message).toBe('Wrong username or password');
    expect(unknown.body).toEqual({ ...wrong.body, correlationId: unknown.body.correlationId });
  });

  it(`refuses a username after ${MAX_FAILURES} failures, even with the right password`, async () => {
    await t
      .as('admin')
      .post('/api/v1/users')
      .send({ username: 'guessed', displayName: 'Arvattava', password: ADMIN_PASSWORD, roles: [] })
      .expect(201);
    for (let i = 0; i < MAX_FAILURES; i++) await login('guessed', `guess ${i}`).expect(401);
    const refused = await login('guessed', ADMIN_PASSWORD).expect(429);
    expect(refused.body).toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      details: { retryAfterSeconds: expect.any(Number) },
    });
    await login('maija', ADMIN_PASSWORD).expect(200); // other users are not affected
  });

  it('answers 401 without a token, with a malformed, forged, expired or unsigned one', async () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: 'admin', roles: ['admin'], pwv: 0, iss: 'tuotteisto', aud: 'tuotteisto', iat: now };
    const tokens = [
      'not-a-token',
      forge({ ...claims, exp: now + 60 }, 'some other secret that is long enough to look real'),
      forge({ ...claims, exp: now + 60 }, '', { alg: 'none', typ: 'JWT' }).replace(/\.[^.]*$/, '.'),
      forge({ ...claims, exp: now - 60 }, 'test-secret-0123456789abcdef0123456789abcdef'),
    ];
    const missing = await t.http().get(ME).expect(401);
    expect(missing.body).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'Sign in first: this needs a bearer token',
    });
    for (const token of tokens) {
      const response = await t.http().get(ME).set('Authorization', `Bearer ${token}`);
      expect([token, response.status, response.body.code]).toEqual([token, 401, 'UNAUTHENTICATED']);
    }
  });

  it('locks a deactivated user out at once, and lets them back when reactivated', async () => {
    const token = (await login('maija', ADMIN_PASSWORD).expect(200)).body.accessToken;
    await t.as('admin').patch('/api/v1/users/maija').send({ active: false }).expect(200);
    const refused = await t.http().get(ME).set('Authorization', `Bearer ${token}`).expect(401);
    expect(refused.body.message).toBe('Your session is no longer valid: sign in again');
    expect((await login('maija', ADMIN_PASSWORD).expect(401)).body.message).toBe(
      'Wrong username or password',
    );
    await t.as('admin').patch('/api/v1/users/maija').send({ active: true }).expect(200);
    await login('maija', ADMIN_PASSWORD).expect(200);
  });

  it('applies a role taken away at once; a role given needs a new sign-in', async () => {
    const token = (await login('maija', ADMIN_PASSWORD).expect(200)).body.accessToken;
    const asMaija = () =>
      t.http().get('/api/v1/organization/regions').set('Authorization', `Bearer ${token}`);
    await asMaija().expect(200);
    await t
      .as('admin')
      .patch('/api/v1/users/maija')
      .send({ roles: ['purchaser'] })
      .expect(200);
    await asMaija().expect(403);
    await t
      .as('admin')
      .patch('/api/v1/users/maija')
      .send({ roles: ['purchaser', 'finance'] })
      .expect(200);
    await asMaija().expect(200);
    await t
      .as('admin')
      .patch('/api/v1/users/maija')
      .send({ roles: ['finance', 'auditor'] })
      .expect(200);
    const me = await t.http().get(ME).set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body.roles).toEqual(['finance']);
  });

  it('ends every open session of a user whose password is reset', async () => {
    const token = (await login('maija', ADMIN_PASSWORD).expect(200)).body.accessToken;
    const newPassword = 'uusi-salasana-2012';
    await t.as('admin').post('/api/v1/users/maija/password').send({ password: newPassword }).expect(204);
    const old = await t.http().get(ME).set('Authorization', `Bearer ${token}`).expect(401);
    expect(old.body.message).toBe('Your session is no longer valid: sign in again');
    await login('maija', ADMIN_PASSWORD).expect(401);
    expect((await login('maija', newPassword).expect(200)).body.user.username).toBe('maija');
  });

  it('tells a signed-in user without the role 403, naming the roles needed', async () => {
    const response = await t.as('worker').get('/api/v1/catalog/areas').expect(403);
    expect(response.body).toMatchObject({
      code: 'FORBIDDEN',
      message: 'This needs one of the roles finance, admin, purchaser, provider, auditor; you have worker',
    });
  });

  it('signs in the test users with their password too', async () => {
    const { body } = await login('auditor', TEST_PASSWORD).expect(200);
    expect(body.user.roles).toEqual(['auditor']);
  });
});
