import { createHash } from 'node:crypto';

export const REMOVED = '[removed]';

/** Keys whose values never reach the log: credentials of any kind. */
const SECRET_KEY = /pass(word|phrase)|secret|token|authorization|api[-_]?key/i;
/** Keys that could carry a client's identity (a raw client reference, a personal identity code). */
const CLIENT_KEY = /^client(_?(ref|reference|id|key|name|number))?$|hetu|henkil[oö]tunnus|ssn/i;
const MAX_DEPTH = 32;

/** A copy of a JSON-like value with secret and client-identifying values replaced by "[removed]". */
export function redact(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value.toISOString();
  if (depth >= MAX_DEPTH) return REMOVED;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      SECRET_KEY.test(key) || CLIENT_KEY.test(key) ? REMOVED : redact(item, depth + 1),
    ]),
  );
}

/** The value itself when its JSON is small enough, else a note of its size and hash (the log stays light). */
export function capped(value: unknown, maxBytes: number): unknown {
  if (value === undefined) return null;
  const json = JSON.stringify(value);
  if (json === undefined || Buffer.byteLength(json) <= maxBytes) return value;
  return { omitted: 'too large for the audit log', bytes: Buffer.byteLength(json), sha256: sha256(json) };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
