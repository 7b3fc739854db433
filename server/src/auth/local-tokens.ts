import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { User } from './entities/user.entity.js';
import { isRole, type Role } from './roles.js';

export const LOCAL_ISSUER = 'tuotteisto';
export const SESSION_SECONDS = 8 * 60 * 60;

/** What a local session token says: the username, the roles at sign-in, which password it came from. */
export interface LocalClaims {
  readonly sub: string;
  readonly roles: readonly Role[];
  /** The user's passwordChangedAt (ms) at sign-in: a reset since then ends the session. */
  readonly pwv: number;
}

/** Local session tokens: HS256 JWTs signed with JWT_SECRET, for SESSION_SECONDS. */
@Injectable()
export class LocalTokens {
  constructor(private readonly jwt: JwtService) {}

  issue(user: User): string {
    const claims: LocalClaims = {
      sub: user.username,
      roles: user.roles,
      pwv: user.passwordChangedAt.getTime(),
    };
    return this.jwt.sign(claims, {
      algorithm: 'HS256',
      expiresIn: SESSION_SECONDS,
      issuer: LOCAL_ISSUER,
      audience: LOCAL_ISSUER,
    });
  }

  /** The claims of a valid token, or undefined (bad signature, expired, not ours). */
  verify(token: string): LocalClaims | undefined {
    try {
      const claims = this.jwt.verify<Record<string, unknown>>(token, {
        algorithms: ['HS256'],
        issuer: LOCAL_ISSUER,
        audience: LOCAL_ISSUER,
      });
      const { sub, roles, pwv } = claims;
      if (typeof sub !== 'string' || typeof pwv !== 'number' || !Array.isArray(roles)) return undefined;
      return { sub, roles: roles.filter(isRole), pwv };
    } catch {
      return undefined;
    }
  }
}
