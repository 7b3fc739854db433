import {
  Injectable,
  Logger,
  RequestMethod,
  type INestApplication,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_KEY, type Access } from './access.decorators.js';

/** One endpoint of the running app, with the access it declares (undefined: none, so refused to all). */
export interface DeclaredEndpoint {
  readonly method: string;
  /** Joined controller and method paths, without the global prefix: `catalog/areas/:code`. */
  readonly path: string;
  readonly controller: string;
  readonly handler: string;
  readonly access: Access | undefined;
}

/** Every endpoint of every controller Nest registered, from the same metadata the router uses. */
export function declaredEndpointsOf(app: INestApplication): DeclaredEndpoint[] {
  return declaredEndpoints(app.get(DiscoveryService), app.get(Reflector));
}

export function declaredEndpoints(discovery: DiscoveryService, reflector: Reflector): DeclaredEndpoint[] {
  const scanner = new MetadataScanner();
  return discovery.getControllers().flatMap((wrapper) => {
    const type = wrapper.metatype as (new (...args: never[]) => object) | null;
    if (!type) return [];
    const prototype = type.prototype as Record<string, unknown>;
    const base = paths(Reflect.getMetadata(PATH_METADATA, type));
    return scanner.getAllMethodNames(prototype).flatMap((name) => {
      const handler = prototype[name] as (...args: unknown[]) => unknown;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) return [];
      const access = reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [handler, type]);
      return base.flatMap((root) =>
        paths(Reflect.getMetadata(PATH_METADATA, handler)).map((sub) => ({
          method: RequestMethod[method],
          path: join(root, sub),
          controller: type.name,
          handler: name,
          access,
        })),
      );
    });
  });
}

function paths(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return [value === undefined ? '' : String(value)];
}

function join(...parts: string[]): string {
  return parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/');
}

/** Says at start which endpoints declare no access (they are refused to everyone until they do). */
@Injectable()
export class UndeclaredEndpointsWarning implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    const undeclared = declaredEndpoints(this.discovery, this.reflector).filter((e) => !e.access);
    if (undeclared.length === 0) return;
    const list = undeclared.map((e) => `${e.method} /${e.path} (${e.controller}.${e.handler})`).join(', ');
    new Logger('Access').error(
      `endpoints without @Roles, @SignedIn or @Public, refused to everyone: ${list}`,
    );
  }
}
