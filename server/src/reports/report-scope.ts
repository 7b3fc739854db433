import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { recordScopeOf, signedInUserOf } from '../auth/current-user.js';
import { DomainError } from '../common/errors/domain-error.js';
import { CLIENT_LEVEL_ROLES } from './client-level.js';
import type { ReportScope } from './report.js';

/** The caller's report scope: whose time records (issue 4's record scope) and whether client keys. */
export const CurrentReportScope = createParamDecorator(
  (_: unknown, context: ExecutionContext): ReportScope => {
    const user = signedInUserOf(context.switchToHttp().getRequest<Request>());
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
    return {
      ...recordScopeOf(user),
      clientLevel: user.roles.some((role) => CLIENT_LEVEL_ROLES.includes(role)),
    };
  },
);

/** Refuses a client-level report to a caller who may not see client keys. */
export function requireClientLevel(scope: ReportScope, allowedWorker?: string): void {
  if (scope.clientLevel) return;
  if (allowedWorker !== undefined && scope.onlyWorker === allowedWorker) return;
  throw new DomainError('FORBIDDEN', 'Client-level reports are for the finance and auditor roles');
}
