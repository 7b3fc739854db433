import { canonicalJson, compareText } from '../../costing/domain/canonical-json.js';

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One difference between two versions of a document, at a readable path such as `shares.LS-AVO`. */
export interface DocumentChange {
  path: string;
  change: ChangeKind;
  before?: unknown;
  after?: unknown;
}

/**
 * A structural diff of two JSON documents. Objects are compared key by key (in key order); arrays of
 * plain values (a step order, a list of ledger units) as one value, since a reordering is one change;
 * arrays of objects with unique names (rules) by name, so inserting a rule shows as one addition
 * rather than as every later rule changing; other arrays position by position.
 */
export function diffDocuments(before: unknown, after: unknown): DocumentChange[] {
  const changes: DocumentChange[] = [];
  compare(before, after, '', changes);
  return changes;
}

function compare(before: unknown, after: unknown, path: string, out: DocumentChange[]): void {
  const pair = childrenOf(before, after, path);
  if (!pair) {
    if (canonicalJson(before) !== canonicalJson(after)) {
      out.push({ path: path || '(document)', change: 'changed', before, after });
    }
    return;
  }
  const [old, now, keyOrder] = pair;
  const paths = [...new Set([...old.keys(), ...now.keys()])];
  for (const child of keyOrder ? paths.sort(compareText) : paths) {
    if (!old.has(child)) out.push({ path: child, change: 'added', after: now.get(child) });
    else if (!now.has(child)) out.push({ path: child, change: 'removed', before: old.get(child) });
    else compare(old.get(child), now.get(child), child, out);
  }
}

type Children = Map<string, unknown>;

/**
 * Both values' children keyed by their paths, when both are containers compared part by part, and
 * whether they go in key order (objects) rather than in their own order (arrays).
 */
function childrenOf(
  before: unknown,
  after: unknown,
  path: string,
): [Children, Children, boolean] | undefined {
  if (isObject(before) && isObject(after)) {
    return [objectChildren(before, path), objectChildren(after, path), true];
  }
  if (!Array.isArray(before) || !Array.isArray(after)) return undefined;
  if (before.every(isPlain) && after.every(isPlain)) return undefined;
  const old = namedChildren(before, path);
  const now = namedChildren(after, path);
  if (old && now) return [old, now, false];
  return [indexedChildren(before, path), indexedChildren(after, path), false];
}

function objectChildren(value: Record<string, unknown>, path: string): Children {
  const keys = Object.keys(value).filter((key) => value[key] !== undefined);
  return new Map(keys.map((key) => [childPath(path, key), value[key]]));
}

/** `rules[name="revenue"]`, when every element is an object with its own name. */
function namedChildren(items: unknown[], path: string): Children | undefined {
  const names = items.map((item) =>
    isObject(item) && typeof item.name === 'string' ? item.name : undefined,
  );
  if (names.some((name) => name === undefined) || new Set(names).size !== names.length) return undefined;
  return new Map(items.map((item, i) => [`${path}[name=${JSON.stringify(names[i])}]`, item]));
}

function indexedChildren(items: unknown[], path: string): Children {
  return new Map(items.map((item, i) => [`${path}[${i}]`, item]));
}

/** `shares.LS-AVO`, or `shares["1111MR350.11"]` when the key would be ambiguous after a dot. */
function childPath(path: string, key: string): string {
  if (!/^[\p{L}\p{N}_][\p{L}\p{N}_-]*$/u.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path ? `${path}.${key}` : key;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isPlain(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}
