import { constants, verify, type KeyObject } from 'node:crypto';

interface Algorithm {
  readonly digest: string | null;
  readonly keyType: string;
  /** RSA-PSS padding, or ECDSA signatures as r‖s (JOSE) rather than DER. */
  readonly options?: { padding?: number; saltLength?: number; dsaEncoding?: 'ieee-p1363' };
}

const rsa = (digest: string): Algorithm => ({ digest, keyType: 'rsa' });
const pss = (digest: string, bytes: number): Algorithm => ({
  digest,
  keyType: 'rsa',
  options: { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: bytes },
});
const ec = (digest: string): Algorithm => ({ digest, keyType: 'ec', options: { dsaEncoding: 'ieee-p1363' } });

/** The asymmetric JWS algorithms accepted from an identity provider. No `none`, no HMAC: a provider's public key must never serve as a shared secret. */
const ALGORITHMS: Record<string, Algorithm> = {
  RS256: rsa('sha256'),
  RS384: rsa('sha384'),
  RS512: rsa('sha512'),
  PS256: pss('sha256', 32),
  PS384: pss('sha384', 48),
  PS512: pss('sha512', 64),
  ES256: ec('sha256'),
  ES384: ec('sha384'),
  ES512: ec('sha512'),
  EdDSA: { digest: null, keyType: 'ed25519' },
};

export function isSupportedAlgorithm(alg: unknown): alg is string {
  return typeof alg === 'string' && Object.hasOwn(ALGORITHMS, alg);
}

/** True when the signature over the input verifies with the key under the algorithm (and the key suits it). */
export function verifySignature(
  alg: string,
  key: KeyObject,
  signingInput: string,
  signature: Buffer,
): boolean {
  const algorithm = ALGORITHMS[alg];
  if (!algorithm || key.asymmetricKeyType !== algorithm.keyType) return false;
  try {
    return verify(algorithm.digest, Buffer.from(signingInput), { key, ...algorithm.options }, signature);
  } catch {
    return false;
  }
}
