import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SignedInUser } from './current-user.js';
import { User } from './entities/user.entity.js';
import { LocalTokens } from './local-tokens.js';
import { notAuthenticated, parseCompactJws } from './oidc/compact-jws.js';
import { OidcVerifier } from './oidc/oidc-verifier.js';

/**
 * Turns a bearer token into the user it stands for: a local session (HS256, re-checked against the
 * users table on every request) or, when configured, an identity provider's token.
 */
@Injectable()
export class Authenticator {
  constructor(
    private readonly dataSource: DataSource,
    private readonly localTokens: LocalTokens,
    @Optional() @Inject(OidcVerifier) private readonly oidc: OidcVerifier | null,
  ) {}

  async authenticate(token: string): Promise<SignedInUser> {
    const jws = parseCompactJws(token);
    if (jws.header.alg === 'HS256') return this.local(token);
    if (this.oidc?.claimsIssuer(jws)) return this.oidc.verify(jws);
    throw notAuthenticated();
  }

  private async local(token: string): Promise<SignedInUser> {
    const claims = this.localTokens.verify(token);
    if (!claims) throw notAuthenticated();
    const user = await this.dataSource.getRepository(User).findOneBy({ username: claims.sub });
    // Deactivated, deleted, or the password was reset since this sign-in: the session is over.
    if (!user?.active || user.passwordChangedAt.getTime() !== claims.pwv) {
      throw notAuthenticated('Your session is no longer valid: sign in again');
    }
    return {
      username: user.username,
      displayName: user.displayName,
      // Roles granted since sign-in need a new sign-in; roles taken away are gone at once.
      roles: claims.roles.filter((role) => user.roles.includes(role)),
      workerCode: user.workerCode,
      source: 'local',
    };
  }
}
