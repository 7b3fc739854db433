import { HttpErrorResponse } from '@angular/common/http';
import { AbstractControl, FormGroup } from '@angular/forms';

/** The error body every server endpoint returns. */
export interface ApiErrorBody {
  readonly code: string;
  readonly message: string;
  readonly correlationId: string;
  readonly fields?: Readonly<Record<string, string>>;
}

/** What the UI knows about a failed call, whatever failed. */
export interface ApiProblem {
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  readonly code: string;
  /** The server's message for the user, or null when there is none (network error, proxy page). */
  readonly message: string | null;
  readonly correlationId: string | null;
  /** Messages by form field name (dotted paths for nested fields, e.g. `lines.0.amount`). */
  readonly fields: Readonly<Record<string, string>>;
}

export function toApiProblem(error: unknown): ApiProblem {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: -1, code: 'CLIENT_ERROR', message: null, correlationId: null, fields: {} };
  }
  const body = parseBody(error.error);
  if (!body) {
    const code = error.status === 0 ? 'NETWORK_ERROR' : `HTTP_${error.status}`;
    return { status: error.status, code, message: null, correlationId: null, fields: {} };
  }
  return {
    status: error.status,
    code: body.code,
    message: body.message,
    correlationId: body.correlationId,
    fields: stringFields(body.fields),
  };
}

function parseBody(body: unknown): ApiErrorBody | null {
  let value = body;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (typeof value !== 'object' || value === null) return null;
  const candidate = value as Partial<ApiErrorBody>;
  return typeof candidate.code === 'string' && typeof candidate.message === 'string'
    ? {
        code: candidate.code,
        message: candidate.message,
        correlationId: typeof candidate.correlationId === 'string' ? candidate.correlationId : '',
        fields: candidate.fields,
      }
    : null;
}

function stringFields(fields: unknown): Record<string, string> {
  if (typeof fields !== 'object' || fields === null) return {};
  return Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/**
 * Puts each server field message on the matching control as its `server` error, shown by the field's
 * `mat-error` until the user edits it. Returns the names that matched no control, so the page can show them.
 */
export function applyFieldErrors(form: FormGroup, problem: ApiProblem): string[] {
  const unmatched: string[] = [];
  for (const [field, message] of Object.entries(problem.fields)) {
    const control: AbstractControl | null = form.get(field);
    if (!control) {
      unmatched.push(field);
      continue;
    }
    control.setErrors({ ...control.errors, server: message });
    control.markAsTouched();
  }
  return unmatched;
}
