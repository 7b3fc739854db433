import type { OidcConfig } from '../../config/app-config.js';
import type { SignedInUser } from '../current-user.js';
import { notAuthenticated, type CompactJws } from './compact-jws.js';
import type { JwksCache } from './jwks-cache.js';
import { rolesOf, usernameOf } from './claims.js';
import { isSupportedAlgorithm, verifySignature } from './signature.js';

/** Clock difference tolerated between this server and the identity provider. */
export const CLOCK_LEEWAY_SECONDS = 60;

/**
 * Verifies an identity provider's token (signature with its published keys, issuer, audience, time)
 * and maps its claims to a user with roles. Nothing from the token is trusted before the signature.
 */
export class OidcVerifier {
  constructor(
    private readonly config: OidcConfig,
    private readonly keys: JwksCache,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether the token claims to come from this provider (it is then verified here, and only here). */
  claimsIssuer(jws: CompactJws): boolean {
    return jws.payload.iss === this.config.issuer;
  }

  async verify(jws: CompactJws): Promise<SignedInUser> {
    await this.checkSignature(jws);
    this.checkClaims(jws.payload);
    const username = usernameOf(jws.payload, this.config);
    const name = jws.payload.name;
    return {
      username,
      displayName: typeof name === 'string' && name.trim() ? name : username,
      roles: rolesOf(jws.payload, this.config),
      workerCode: null,
      source: 'oidc',
    };
  }

  private async checkSignature({ header, signingInput, signature }: CompactJws): Promise<void> {
    if (!isSupportedAlgorithm(header.alg)) throw notAuthenticated();
    if (header.kid !== undefined && typeof header.kid !== 'string') throw notAuthenticated();
    const key = await this.keys.key(header.kid).catch(() => {
      throw notAuthenticated("The identity provider's signing keys cannot be read now: try again shortly");
    });
    if (!key || !verifySignature(header.alg, key, signingInput, signature)) throw notAuthenticated();
  }

  private checkClaims(claims: Record<string, unknown>): void {
    const now = this.now() / 1000;
    const { exp, nbf, aud, azp } = claims;
    if (typeof exp !== 'number' || exp + CLOCK_LEEWAY_SECONDS <= now) {
      throw notAuthenticated('The sign-in has expired: sign in again');
    }
    if (typeof nbf === 'number' && nbf - CLOCK_LEEWAY_SECONDS > now) throw notAuthenticated();
    const audiences = Array.isArray(aud) ? aud : [aud];
    if (!audiences.includes(this.config.clientId) && azp !== this.config.clientId) {
      throw notAuthenticated('The sign-in token was issued for another application');
    }
  }
}
