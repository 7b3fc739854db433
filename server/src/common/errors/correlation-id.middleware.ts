import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const HEADER = 'x-correlation-id';
const ids = new WeakMap<Request, string>();

/** Gives every request an id (the caller's, if it sent a sane one), echoed in the response header. */
export function correlationId(request: Request, response: Response, next: NextFunction): void {
  const given = request.header(HEADER);
  const id = given && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
  ids.set(request, id);
  response.setHeader(HEADER, id);
  next();
}

export function correlationIdOf(request: Request): string {
  return ids.get(request) ?? 'none';
}
