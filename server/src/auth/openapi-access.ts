import type { OpenAPIObject } from '@nestjs/swagger';
import { ACCESS_EXTENSION } from './access.decorators.js';

type Operation = { description?: string; [ACCESS_EXTENSION]?: unknown };

/** Appends who may call it to each operation's description, from its access declaration. */
export function describeAccess(document: OpenAPIObject): OpenAPIObject {
  for (const path of Object.values(document.paths)) {
    for (const operation of Object.values(path) as Operation[]) {
      if (operation === null || typeof operation !== 'object' || !(ACCESS_EXTENSION in operation)) continue;
      const line = accessLine(operation[ACCESS_EXTENSION]);
      operation.description = operation.description ? `${operation.description}\n\n${line}` : line;
    }
  }
  return document;
}

function accessLine(access: unknown): string {
  if (access === 'public') return '**Access:** public, no sign-in needed.';
  if (access === 'signed-in') return '**Access:** any signed-in user.';
  return `**Roles:** ${(access as string[]).join(', ')}.`;
}
