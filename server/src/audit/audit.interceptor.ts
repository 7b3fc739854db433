import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants.js';
import { ModuleRef, Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { concatMap, from, switchMap, type Observable } from 'rxjs';
import { signedInUserOf } from '../auth/current-user.js';
import { correlationIdOf } from '../common/errors/correlation-id.middleware.js';
import { diffDocuments } from '../rules/versioning/document-diff.js';
import { AUDIT_KEY, NOT_AUDITED_KEY, type AuditOptions } from './audit.decorators.js';
import { AuditLogService } from './audit-log.service.js';
import type { AuditedRequest } from './entities/audit-entry.entity.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const DEFAULT_ACTION: Record<string, string> = {
  POST: 'create',
  PUT: 'update',
  PATCH: 'update',
  DELETE: 'delete',
};

type Loose = (...args: unknown[]) => unknown;

/**
 * Every successful write through the API lands in the audit log: who, what (method, route, parameters,
 * body without secrets), the object and, where the endpoint says how to read it, its state before and
 * after with the diff. The entry is written before the answer is sent; if it cannot be written the
 * caller gets an error rather than an unaudited success.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
    private readonly auditLog: AuditLogService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const targets = [context.getHandler(), context.getClass()];
    if (!WRITES.has(request.method) || this.reflector.getAllAndOverride(NOT_AUDITED_KEY, targets)) {
      return next.handle();
    }
    const options = this.optionsOf(context);
    const controller = this.moduleRef.get(context.getClass(), { strict: false }) as Record<string, Loose>;
    return from(readBefore(controller, options, request)).pipe(
      switchMap((before) =>
        next.handle().pipe(
          concatMap(async (result: unknown) => {
            await this.record(request, options, controller, before, result);
            return result;
          }),
        ),
      ),
    );
  }

  private optionsOf(context: ExecutionContext): AuditOptions & { objectType: string } {
    const [onClass, onHandler] = [context.getClass(), context.getHandler()].map(
      (target) => this.reflector.get<AuditOptions | undefined>(AUDIT_KEY, target) ?? {},
    );
    const path = String(Reflect.getMetadata(PATH_METADATA, context.getClass() as Type) ?? '');
    return { objectType: path, ...onClass, ...onHandler };
  }

  private async record(
    request: Request,
    options: AuditOptions & { objectType: string },
    controller: Record<string, Loose>,
    readBefore: unknown,
    result: unknown,
  ): Promise<void> {
    const describe = (options.describe ?? ((state: unknown) => state)) as (state: unknown) => unknown;
    const previous = options.previous as ((c: unknown, r: unknown) => Promise<unknown>) | undefined;
    const before = previous ? await previous(controller, result) : readBefore;
    const after = request.method === 'DELETE' ? null : (result ?? null);
    await this.auditLog.record({
      username: signedInUserOf(request)?.username ?? null,
      action: options.action ?? actionOf(request.method, options, before),
      objectType: options.objectType,
      objectId: objectIdOf(request.params as Record<string, string>, result, options),
      before: before === null ? null : describe(before),
      after: after === null ? null : describe(after),
      changes: changesOf(options, before, after),
      reason: reasonOf(request.body),
      correlationId: correlationIdOf(request),
      request: requestOf(request),
    });
  }
}

async function readBefore(
  controller: Record<string, Loose>,
  options: AuditOptions,
  request: Request,
): Promise<unknown> {
  // POST adds: there is no "before" to read (a new version's predecessor comes from `previous`).
  if (!options.readBefore || request.method === 'POST') return null;
  try {
    return (await controller[options.readBefore](...Object.values(request.params))) ?? null;
  } catch {
    // Not found (the write creates it), or parameters the route's pipes have not validated yet (this
    // runs before them): either way there is no state to show, and the write itself answers the error.
    return null;
  }
}

function actionOf(method: string, options: AuditOptions, before: unknown): string {
  if (method === 'PUT' && options.readBefore && before === null) return 'create';
  return DEFAULT_ACTION[method];
}

function changesOf(options: AuditOptions, before: unknown, after: unknown): unknown {
  const compare = options.compare as ((b: unknown, a: unknown) => [unknown, unknown]) | undefined;
  if (compare) return diffDocuments(...compare(before, after));
  if (before === null || after === null) return null;
  return diffDocuments(before, after);
}

/** The route's own key (`:code`, `:id`, `:username`), else the key of what the write created. */
function objectIdOf(params: Record<string, string>, result: unknown, options: AuditOptions): string | null {
  const fromResult = (result ?? {}) as Record<string, unknown>;
  const given = (options.idOf as ((r: unknown) => string | undefined) | undefined)?.(result);
  const fromRoute = [params.code, params.id, params.username];
  for (const value of [given, ...fromRoute, fromResult.code, fromResult.id, fromResult.username]) {
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  return null;
}

function reasonOf(body: unknown): string | null {
  const { reason, comment } = (body ?? {}) as { reason?: unknown; comment?: unknown };
  const text = typeof reason === 'string' ? reason : comment;
  return typeof text === 'string' && text.trim() ? text : null;
}

function requestOf(request: Request): AuditedRequest {
  const route = (request.route as { path?: string } | undefined)?.path ?? request.path;
  const query =
    Object.keys(request.query ?? {}).length > 0 ? (request.query as Record<string, unknown>) : undefined;
  const body: unknown = request.body;
  const hasBody = body !== null && typeof body === 'object' && Object.keys(body).length > 0;
  return {
    method: request.method,
    route,
    params: { ...(request.params as Record<string, string>) },
    query,
    body: hasBody ? body : undefined,
  };
}
