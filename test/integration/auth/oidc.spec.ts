// Bearer tokens of an OpenID Connect provider: a test provider on 127.0.0.1 publishes a discovery
// document and a JWKS of locally generated keys; the app reads them over HTTP and maps groups to roles.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rsaKey, signToken, startTestProvider, type TestProvider } from '../../support/oidc-provider.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../support/test-app.js';

describe('OpenID Connect sign-in', () => {
  let provider: TestProvider;
  let t: TestApp;
  const key = rsaKey();

  beforeAll(async () => {
    provider = await startTestProvider([key]);
    t = await createTestApp({
      env: {
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: 'tuotteisto',
        OIDC_ROLE_CLAIM: 'groups',
        OIDC_ROLE_MAP: 'sote-talous=finance,sote-tarkastus=auditor',
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await provider.close();
  });

  const claims = (extra: object = {}) => {
    const now = Math.floor(Date.now() / 1000);
    return {
      iss: provider.issuer,
      aud: ['tuotteisto', 'account'],
      sub: 'a1b2c3',
      preferred_username: 'tarkastaja@example.fi',
      name: 'Tiina Tarkastaja',
      groups: ['sote-tarkastus'],
      iat: now,
      exp: now + 300,
      ...extra,
    };
  };
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  it("accepts the provider's token and maps its groups to roles", async () => {
    const me = await t
      .http()
      .get('/api/v1/auth/me')
      .set(bearer(signToken(key, claims())))
      .expect(200);
    expect(me.body).toEqual({
      username: 'tarkastaja@example.fi',
      displayName: 'Tiina Tarkastaja',
      roles: ['auditor'],
      workerCode: null,
      source: 'oidc',
    });
    await t
      .http()
      .get('/api/v1/audit-log')
      .set(bearer(signToken(key, claims())))
      .expect(200);
    await t
      .http()
      .post('/api/v1/catalog/areas')
      .set(bearer(signToken(key, claims())))
      .send({})
      .expect(403);
  });

  it('records the provider user as the author of what they change', async () => {
    const token = signToken(
      key,
      claims({ preferred_username: 'talous@example.fi', groups: ['sote-talous'] }),
    );
    await t
      .http()
      .post('/api/v1/catalog/areas')
      .set(bearer(token))
      .send({ code: 'LS', name: { fi: 'Lastensuojelu' } })
      .expect(201);
    const log = await t.as('auditor').get('/api/v1/audit-log?objectType=service-area').expect(200);
    expect(log.body.items[0]).toMatchObject({ username: 'talous@example.fi', action: 'create' });
  });

  it('refuses a token for another client, an expired one, and one signed by an unknown key', async () => {
    const stranger = rsaKey(key.kid);
    const tokens = [
      signToken(key, claims({ aud: 'another-app' })),
      signToken(key, claims({ exp: Math.floor(Date.now() / 1000) - 3600 })),
      signToken(stranger, claims()),
    ];
    for (const token of tokens) {
      const response = await t.http().get('/api/v1/auth/me').set(bearer(token));
      expect(response.status).toBe(401);
    }
  });

  it('reads the keys over HTTP once and reuses them (rotation is covered by the verifier unit test)', async () => {
    const before = provider.jwksFetches();
    expect(before).toBe(1);
    for (let i = 0; i < 3; i++) {
      await t
        .http()
        .get('/api/v1/auth/me')
        .set(bearer(signToken(key, claims())))
        .expect(200);
    }
    expect(provider.jwksFetches()).toBe(before);
  });

  it('keeps the local sign-in working beside the provider', async () => {
    const { body } = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'finance', password: TEST_PASSWORD })
      .expect(200);
    const me = await t.http().get('/api/v1/auth/me').set(bearer(body.accessToken)).expect(200);
    expect(me.body).toMatchObject({ username: 'finance', source: 'local' });
  });
});
