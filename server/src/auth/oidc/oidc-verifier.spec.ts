import { describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import type { OidcConfig } from '../../config/app-config.js';
import { ecKey, rsaKey, signToken, type TestSigningKey } from '../../../../test/support/oidc-provider.js';
import { parseCompactJws } from './compact-jws.js';
import { JWKS_MAX_AGE_MS, JWKS_MIN_REFRESH_MS, JwksCache } from './jwks-cache.js';
import { OidcVerifier } from './oidc-verifier.js';

const ISSUER = 'https://login.example.fi/realms/sote';
const CONFIG: OidcConfig = {
  issuer: ISSUER,
  clientId: 'tuotteisto',
  roleClaim: 'realm_access.roles',
  usernameClaim: 'preferred_username',
  roleMap: { 'sote-talous': ['finance'], 'sote-tarkastus': ['auditor'], 'sote-johto': ['finance', 'admin'] },
};

function provider(initial: TestSigningKey[]) {
  let now = 1_700_000_000_000;
  const state = { keys: initial, jwksFetches: 0, down: false };
  const fetchJson = async (url: string) => {
    if (state.down) throw new Error('connection refused');
    if (url === `${ISSUER}/.well-known/openid-configuration`)
      return { issuer: ISSUER, jwks_uri: `${ISSUER}/certs` };
    state.jwksFetches += 1;
    return { keys: state.keys.map((k) => k.publicJwk) };
  };
  const clock = () => now;
  const verifier = new OidcVerifier(CONFIG, new JwksCache(ISSUER, fetchJson, clock), clock);
  const claims = (extra: object = {}) => ({
    iss: ISSUER,
    aud: 'tuotteisto',
    sub: '6f1c2a',
    preferred_username: 'maija.m',
    name: 'Maija Meikäläinen',
    realm_access: { roles: ['sote-talous', 'offline_access'] },
    iat: now / 1000,
    exp: now / 1000 + 300,
    ...extra,
  });
  const verify = (token: string) => verifier.verify(parseCompactJws(token));
  return { state, claims, verify, verifier, advance: (ms: number) => (now += ms) };
}

describe('OidcVerifier', () => {
  const key = rsaKey('k1');

  it('accepts a token signed with a published key and maps its groups to roles', async () => {
    const p = provider([key]);
    expect(await p.verify(signToken(key, p.claims()))).toEqual({
      username: 'maija.m',
      displayName: 'Maija Meikäläinen',
      roles: ['finance'],
      workerCode: null,
      source: 'oidc',
    });
    const johto = await p.verify(
      signToken(key, p.claims({ realm_access: { roles: ['sote-johto', 'sote-talous'] } })),
    );
    expect(johto.roles).toEqual(['finance', 'admin']);
  });

  it('accepts ES256 too, and the client id as azp when aud names another audience', async () => {
    const ec = ecKey('e1');
    const p = provider([key, ec]);
    const token = signToken(ec, p.claims({ aud: 'account', azp: 'tuotteisto' }));
    expect((await p.verify(token)).username).toBe('maija.m');
  });

  it.each([
    ['another audience', { aud: 'someone-else' }],
    ['an expired token', { exp: 1_700_000_000 - 120 }],
    ['a token not valid yet', { nbf: 1_700_000_000 + 600 }],
    ['a token without expiry', { exp: undefined }],
  ])('refuses %s', async (_, extra) => {
    const p = provider([key]);
    await expect(p.verify(signToken(key, p.claims(extra)))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('claims only tokens naming its issuer (the authenticator refuses the others)', () => {
    const p = provider([key]);
    expect(p.verifier.claimsIssuer(parseCompactJws(signToken(key, p.claims())))).toBe(true);
    const foreign = signToken(key, p.claims({ iss: 'https://evil.example' }));
    expect(p.verifier.claimsIssuer(parseCompactJws(foreign))).toBe(false);
  });

  it('refuses a token signed by an unpublished key, a tampered one, alg none and HS256 with the public key', async () => {
    const p = provider([key]);
    const stranger = rsaKey('k1');
    const good = signToken(key, p.claims());
    const [header, , signature] = good.split('.');
    const tampered = `${header}.${Buffer.from(JSON.stringify(p.claims({ realm_access: { roles: ['sote-johto'] } }))).toString('base64url')}.${signature}`;
    const none = `${Buffer.from('{"alg":"none","kid":"k1"}').toString('base64url')}.${good.split('.')[1]}.`;
    const hsInput = `${Buffer.from('{"alg":"HS256","kid":"k1"}').toString('base64url')}.${good.split('.')[1]}`;
    const hs = `${hsInput}.${createHmac('sha256', JSON.stringify(key.publicJwk)).update(hsInput).digest('base64url')}`;
    for (const token of [signToken(stranger, p.claims()), tampered, none, hs]) {
      await expect(p.verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    }
  });

  it('fetches the keys once, follows a key rotation, and rate-limits refreshes for unknown key ids', async () => {
    const p = provider([key]);
    await p.verify(signToken(key, p.claims()));
    await p.verify(signToken(key, p.claims()));
    expect(p.state.jwksFetches).toBe(1);
    const next = rsaKey('k2');
    p.state.keys = [key, next];
    // Within the minimum refresh interval an unknown kid does not reach the provider.
    await expect(p.verify(signToken(next, p.claims()))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(p.state.jwksFetches).toBe(1);
    p.advance(JWKS_MIN_REFRESH_MS);
    expect((await p.verify(signToken(next, p.claims()))).username).toBe('maija.m');
    expect(p.state.jwksFetches).toBe(2);
  });

  it('keeps the keys it has when the provider is down, and says so when it never had any', async () => {
    const p = provider([key]);
    await p.verify(signToken(key, p.claims()));
    p.state.down = true;
    p.advance(JWKS_MAX_AGE_MS);
    expect((await p.verify(signToken(key, p.claims()))).username).toBe('maija.m');
    const fresh = provider([key]);
    fresh.state.down = true;
    await expect(fresh.verify(signToken(key, fresh.claims()))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: "The identity provider's signing keys cannot be read now: try again shortly",
    });
  });

  it('falls back to sub without a username claim, and gives no roles for unmapped groups', async () => {
    const p = provider([key]);
    const user = await p.verify(
      signToken(
        key,
        p.claims({ preferred_username: undefined, name: undefined, realm_access: { roles: ['x'] } }),
      ),
    );
    expect(user).toMatchObject({ username: '6f1c2a', displayName: '6f1c2a', roles: [] });
  });
});
