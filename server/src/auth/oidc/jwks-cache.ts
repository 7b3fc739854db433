import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { Logger } from '@nestjs/common';

/** Fetches a JSON document (injected so tests and deployments behind proxies can supply their own). */
export type FetchJson = (url: string) => Promise<unknown>;

/** Keys are re-read this often, so a provider's key rotation is picked up without a restart. */
export const JWKS_MAX_AGE_MS = 10 * 60_000;
/** A token with an unknown key id triggers a refresh at most this often: forged kids cannot flood the provider. */
export const JWKS_MIN_REFRESH_MS = 30_000;

interface KeySet {
  readonly keys: ReadonlyMap<string, KeyObject>;
  readonly fetchedAt: number;
}

/**
 * The identity provider's signing keys, read lazily from its discovery document's `jwks_uri` and
 * cached. Concurrent requests share one fetch.
 */
export class JwksCache {
  private readonly logger = new Logger('OIDC');
  private jwksUri: Promise<string> | undefined;
  private keySet: KeySet | undefined;
  private loading: Promise<KeySet> | undefined;

  constructor(
    private readonly issuer: string,
    private readonly fetchJson: FetchJson,
    private readonly now: () => number = Date.now,
  ) {}

  /** The key with this id (or the only key, when the token names none), or undefined. */
  async key(kid: string | undefined): Promise<KeyObject | undefined> {
    let set = await this.current();
    if (!this.find(set, kid) && this.now() - set.fetchedAt >= JWKS_MIN_REFRESH_MS) set = await this.refresh();
    return this.find(set, kid);
  }

  private find(set: KeySet, kid: string | undefined): KeyObject | undefined {
    if (kid !== undefined) return set.keys.get(kid);
    return set.keys.size === 1 ? [...set.keys.values()][0] : undefined;
  }

  private async current(): Promise<KeySet> {
    if (this.keySet && this.now() - this.keySet.fetchedAt < JWKS_MAX_AGE_MS) return this.keySet;
    return this.refresh();
  }

  private refresh(): Promise<KeySet> {
    this.loading ??= this.load().finally(() => (this.loading = undefined));
    return this.loading;
  }

  private async load(): Promise<KeySet> {
    try {
      const document = await this.fetchJson(await this.discoverJwksUri());
      this.keySet = { keys: importKeys(document), fetchedAt: this.now() };
      return this.keySet;
    } catch (error) {
      this.jwksUri = undefined; // rediscover next time: the provider may have moved its keys
      this.logger.warn(`could not read the signing keys of ${this.issuer}: ${(error as Error).message}`);
      if (this.keySet) return this.keySet; // keep using the keys we had
      throw error;
    }
  }

  private discoverJwksUri(): Promise<string> {
    this.jwksUri ??= this.fetchJson(
      `${this.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`,
    ).then((document) => jwksUriOf(document, this.issuer));
    return this.jwksUri;
  }
}

function jwksUriOf(document: unknown, issuer: string): string {
  const { issuer: stated, jwks_uri: uri } = (document ?? {}) as { issuer?: unknown; jwks_uri?: unknown };
  // OIDC Discovery 4.3: the document must name exactly the issuer it was fetched for.
  if (stated !== issuer) throw new Error(`the discovery document names issuer ${String(stated)}`);
  if (typeof uri !== 'string') throw new Error('the discovery document has no jwks_uri');
  return uri;
}

/** Signature keys of a JWKS by key id; keys for encryption, and ones Node cannot import, are left out. */
export function importKeys(document: unknown): Map<string, KeyObject> {
  const keys = (document as { keys?: unknown })?.keys;
  if (!Array.isArray(keys)) throw new Error('the JWKS has no "keys" list');
  const imported = new Map<string, KeyObject>();
  keys.forEach((jwk: JsonWebKey & { kid?: string; use?: string }, index) => {
    if (jwk.use !== undefined && jwk.use !== 'sig') return;
    try {
      imported.set(jwk.kid ?? `#${index}`, createPublicKey({ key: jwk, format: 'jwk' }));
    } catch {
      // an unsupported or malformed key: other keys still work
    }
  });
  return imported;
}
