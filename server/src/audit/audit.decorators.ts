import { SetMetadata } from '@nestjs/common';

/** How the audit interceptor records a write endpoint (on a controller: the default of its endpoints). */
export interface AuditOptions {
  /** What the endpoint writes: `service-product`, `allocation-key`, `run`, `user`… */
  readonly objectType?: string;
  /** Overrides the action derived from the method: POST `create`, PUT/PATCH `update`, DELETE `delete`. */
  readonly action?: string;
  /**
   * A read method of the same controller, called with the route's parameters before a PUT, PATCH or
   * DELETE: its answer is the `before` state (none when it answers an error, e.g. not found).
   */
  readonly readBefore?: string;
  /** For writes that add rather than replace (a new version): the previous state, from the result. */
  readonly previous?: (controller: never, result: never) => Promise<unknown>;
  /** The written object's id from the result, when it is not the route's `:code`/`:id` or the result's `code`/`id`. */
  readonly idOf?: (result: never) => string | undefined;
  /** What to keep of a state as `before`/`after` (default: all of it). */
  readonly describe?: (state: never) => unknown;
  /** The two values to diff into `changes` (default: before and after as kept). */
  readonly compare?: (before: never, after: never) => [unknown, unknown];
}

export const AUDIT_KEY = 'tuotteisto:audit';
export const NOT_AUDITED_KEY = 'tuotteisto:not-audited';

export function Audited(options: AuditOptions): ClassDecorator & MethodDecorator {
  return SetMetadata(AUDIT_KEY, options);
}

/**
 * The interceptor leaves this write alone because its service records it itself (e.g. sign-in, which
 * records failures too). `why` is for the reader of the code.
 */
export function NotAudited(why: string): MethodDecorator {
  return SetMetadata(NOT_AUDITED_KEY, why);
}
