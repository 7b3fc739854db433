import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError } from '../common/errors/domain-error.js';
import type { Role } from './roles.js';

/** Who is calling: a local user (re-read from the database on every request) or an OIDC identity. */
export interface SignedInUser {
  readonly username: string;
  readonly displayName: string;
  /** The roles in force for this request (a local token's roles that the user still holds). */
  readonly roles: readonly Role[];
  /** `workers.code` of the worker this user is, for "only my own time records". */
  readonly workerCode: string | null;
  readonly source: 'local' | 'oidc';
}

const users = new WeakMap<Request, SignedInUser>();

export function setSignedInUser(request: Request, user: SignedInUser): void {
  users.set(request, user);
}

export function signedInUserOf(request: Request): SignedInUser | undefined {
  return users.get(request);
}

/**
 * The signed-in user of the request (undefined on a public endpoint called without a token), or one of
 * its fields: `@CurrentUser() user: SignedInUser`, `@CurrentUser('username') author: string`.
 */
export const CurrentUser = createParamDecorator(
  (field: keyof SignedInUser | undefined, context: ExecutionContext) => {
    const user = signedInUserOf(context.switchToHttp().getRequest<Request>());
    return field === undefined ? user : user?.[field];
  },
);

/** Roles that may read everyone's time records in reports; anyone else reads only their own. */
const ALL_RECORDS_READERS: readonly Role[] = ['admin', 'finance', 'auditor'];

/** Whose time records a report may show (the reports' `ReportScope`). */
export interface RecordScope {
  /** Only this worker's records, whatever the filters say; absent: everyone's. */
  readonly onlyWorker?: string;
}

/**
 * The time records a report may show this user: everyone's for finance, admin and auditor, otherwise
 * only the user's own worker code. A user without one is refused, rather than given an empty scope
 * that would read as "everyone's".
 */
export function recordScopeOf(user: SignedInUser): RecordScope {
  if (user.roles.some((role) => ALL_RECORDS_READERS.includes(role))) return {};
  if (user.workerCode) return { onlyWorker: user.workerCode };
  throw new DomainError(
    'FORBIDDEN',
    `User "${user.username}" is not linked to a worker code: ask an administrator to set it`,
  );
}

/** The signed-in user's `RecordScope`, for report endpoints: `@CurrentRecordScope() scope: RecordScope`. */
export const CurrentRecordScope = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const user = signedInUserOf(context.switchToHttp().getRequest<Request>());
  if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
  return recordScopeOf(user);
});
