import { canonicalJson, sha256, sortKeys } from '../../costing/domain/canonical-json.js';

/** The document as stored: keys in sorted order, undefined fields dropped. */
export function canonicalDocument<T>(document: T): T {
  return sortKeys(document) as T;
}

/** SHA-256 (hex) of the canonical JSON: the same data gives the same hash whatever its key order. */
export function documentHash(document: unknown): string {
  return sha256(canonicalJson(document));
}
