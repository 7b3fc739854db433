import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DomainError } from '../common/errors/domain-error.js';
import { ACCESS_KEY, type Access } from './access.decorators.js';
import { Authenticator } from './authenticator.js';
import { setSignedInUser } from './current-user.js';

/**
 * The global guard: every endpoint must declare its access (@Public, @SignedIn or @Roles), and one
 * that does not is refused to everyone (default deny; the role-matrix test names such endpoints).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!access)
      throw new DomainError('FORBIDDEN', 'This endpoint declares no roles, so it is closed to everyone');
    if (access.kind === 'public') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const user = await this.authenticator.authenticate(bearerToken(request));
    setSignedInUser(request, user);
    if (access.kind === 'signed-in' || user.roles.some((role) => access.roles.includes(role))) return true;
    throw new DomainError(
      'FORBIDDEN',
      `This needs one of the roles ${access.roles.join(', ')}; you have ${user.roles.join(', ') || 'none'}`,
    );
  }
}

function bearerToken(request: Request): string {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.header('authorization') ?? '');
  if (!match) throw new DomainError('UNAUTHENTICATED', 'Sign in first: this needs a bearer token');
  return match[1];
}
