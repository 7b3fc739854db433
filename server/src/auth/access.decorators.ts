import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ErrorBody } from '../common/errors/error-body.js';
import type { Role } from './roles.js';

/**
 * Who may call an endpoint. Every endpoint declares one (default deny): `public` needs no token,
 * `signed-in` any valid session whatever its roles, `roles` a session with one of the listed roles.
 */
export type Access =
  | { readonly kind: 'public' }
  | { readonly kind: 'signed-in' }
  | { readonly kind: 'roles'; readonly roles: readonly Role[] };

export const ACCESS_KEY = 'tuotteisto:access';

/** The OpenAPI extension that carries the declaration (the operation's description is derived from it). */
export const ACCESS_EXTENSION = 'x-access';

/** Callable only with a session holding one of these roles; on a class, the default of its endpoints. */
export function Roles(...roles: Role[]): ClassDecorator & MethodDecorator {
  if (roles.length === 0) throw new Error('@Roles() needs at least one role (use @SignedIn() or @Public())');
  return declare({ kind: 'roles', roles: [...new Set(roles)] });
}

/** Callable with any valid session (e.g. "who am I"), whatever its roles. */
export function SignedIn(): ClassDecorator & MethodDecorator {
  return declare({ kind: 'signed-in' });
}

/** Callable without a token (sign-in, health). */
export function Public(): ClassDecorator & MethodDecorator {
  return applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies Access),
    accessExtension('public'),
  );
}

function declare(access: Access): ClassDecorator & MethodDecorator {
  const extension = access.kind === 'roles' ? access.roles : access.kind;
  return applyDecorators(
    SetMetadata(ACCESS_KEY, access),
    accessExtension(extension),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ type: ErrorBody, description: 'UNAUTHENTICATED: no token, or not valid' }),
    ApiForbiddenResponse({ type: ErrorBody, description: 'FORBIDDEN: the session lacks the role' }),
  );
}

function accessExtension(value: unknown): ClassDecorator & MethodDecorator {
  return ApiExtension(ACCESS_EXTENSION, value) as ClassDecorator & MethodDecorator;
}
