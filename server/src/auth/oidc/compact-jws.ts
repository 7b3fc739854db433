import { DomainError } from '../../common/errors/domain-error.js';

/** The three parts of a compact JWS (a JWT): decoded header and payload, and what the signature covers. */
export interface CompactJws {
  readonly header: { readonly alg?: unknown; readonly kid?: unknown; readonly typ?: unknown };
  readonly payload: Record<string, unknown>;
  readonly signingInput: string;
  readonly signature: Buffer;
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

export function notAuthenticated(message = 'The sign-in token is not valid: sign in again'): DomainError {
  return new DomainError('UNAUTHENTICATED', message);
}

/** Splits and decodes a token, or refuses it as not valid (401), without trusting anything in it yet. */
export function parseCompactJws(token: string): CompactJws {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((part) => BASE64URL.test(part))) throw notAuthenticated();
  const header = decodeJson(parts[0]);
  const payload = decodeJson(parts[1]);
  return {
    header,
    payload,
    signingInput: `${parts[0]}.${parts[1]}`,
    signature: Buffer.from(parts[2], 'base64url'),
  };
}

function decodeJson(part: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // falls through to the refusal
  }
  throw notAuthenticated();
}
