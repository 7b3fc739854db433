// A tiny OpenID Connect provider for tests: locally generated keys, a discovery document and a JWKS
// served over HTTP on 127.0.0.1, and tokens signed with those keys. No internet needed.
import { createServer, type Server } from 'node:http';
import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export interface TestSigningKey {
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly publicJwk: Record<string, unknown>;
}

export function rsaKey(kid: string = randomUUID()): TestSigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    kid,
    privateKey,
    publicJwk: { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' },
  };
}

export function ecKey(kid: string = randomUUID()): TestSigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    kid,
    privateKey,
    publicJwk: { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'ES256' },
  };
}

export interface SignOptions {
  readonly alg?: string;
  readonly kid?: string | null;
}

/** A compact JWS over the claims, signed with the key (RS256 by default; ES256 for EC keys). */
export function signToken(key: TestSigningKey, claims: object, options: SignOptions = {}): string {
  const ec = key.privateKey.asymmetricKeyType === 'ec';
  const alg = options.alg ?? (ec ? 'ES256' : 'RS256');
  const header = { alg, typ: 'JWT', ...(options.kid === null ? {} : { kid: options.kid ?? key.kid }) };
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${part(header)}.${part(claims)}`;
  const signer = ec ? { key: key.privateKey, dsaEncoding: 'ieee-p1363' as const } : key.privateKey;
  return `${input}.${sign('sha256', Buffer.from(input), signer).toString('base64url')}`;
}

export interface TestProvider {
  readonly issuer: string;
  /** The keys the JWKS currently publishes (replace to rotate). */
  keys: TestSigningKey[];
  /** How many times the JWKS was fetched. */
  readonly jwksFetches: () => number;
  close(): Promise<void>;
}

export async function startTestProvider(keys: TestSigningKey[]): Promise<TestProvider> {
  let fetches = 0;
  let issuer = '';
  const provider = { keys };
  const server: Server = createServer((request, response) => {
    const send = (body: object) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (request.url === '/realms/test/.well-known/openid-configuration') {
      send({ issuer, jwks_uri: `${issuer}/keys` });
    } else if (request.url === '/realms/test/keys') {
      fetches += 1;
      send({ keys: provider.keys.map((k) => k.publicJwk) });
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/realms/test`;
  return Object.assign(provider, {
    issuer,
    jwksFetches: () => fetches,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  });
}
