import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLogService } from '../audit/audit-log.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import type { SessionDto } from './dto/session.dto.js';
import { User } from './entities/user.entity.js';
import { LocalTokens } from './local-tokens.js';
import { LoginThrottle } from './login-throttle.js';
import { verifyPassword } from './passwords.js';

/** One message for an unknown user, a wrong password and a deactivated user: none reveals which. */
export const LOGIN_REFUSED = 'Wrong username or password';

export interface LoginAttempt {
  readonly username: string;
  readonly password: string;
  readonly correlationId: string;
}

/** Local sign-in: checks the password, throttles guessing, records every attempt in the audit log. */
@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: LocalTokens,
    private readonly throttle: LoginThrottle,
    private readonly auditLog: AuditLogService,
  ) {}

  async login(attempt: LoginAttempt): Promise<SessionDto> {
    const username = attempt.username.trim().toLowerCase();
    const wait = this.throttle.retryAfterSeconds(username);
    if (wait > 0) {
      await this.recordFailure(attempt, username, 'throttled');
      throw new DomainError(
        'TOO_MANY_ATTEMPTS',
        `Too many failed sign-ins for this username: try again in ${Math.ceil(wait / 60)} min`,
        undefined,
        { retryAfterSeconds: wait },
      );
    }
    const user = await this.dataSource.getRepository(User).findOneBy({ username });
    const matches = await verifyPassword(attempt.password, user?.passwordHash);
    if (!user || !matches || !user.active) {
      this.throttle.recordFailure(username);
      await this.recordFailure(
        attempt,
        username,
        !user ? 'unknown user' : !matches ? 'wrong password' : 'inactive',
      );
      throw new DomainError('UNAUTHENTICATED', LOGIN_REFUSED);
    }
    this.throttle.recordSuccess(username);
    await this.record('login', user.username, attempt.correlationId, null);
    return {
      accessToken: this.tokens.issue(user),
      user: { username: user.username, displayName: user.displayName, roles: user.roles },
    };
  }

  /** Auditors see why a sign-in failed; the caller never does. The tried name is capped, never the password. */
  private recordFailure(attempt: LoginAttempt, username: string, why: string): Promise<void> {
    return this.record('login-failed', username.slice(0, 64), attempt.correlationId, why);
  }

  private record(
    action: string,
    username: string,
    correlationId: string,
    reason: string | null,
  ): Promise<void> {
    return this.auditLog.record({
      username,
      action,
      objectType: 'user',
      objectId: username,
      reason,
      correlationId,
    });
  }
}
