import type { ErrorObject } from 'ajv';
import { joinPath, type FieldIssues } from './field-issues.js';

const DECIMAL_PATTERN = '^\\d+(\\.\\d+)?$';

/**
 * Turns ajv errors (compiled with `allErrors` and `verbose`) into one message per field path, relative
 * to the document (`rules[2].event.params.reason`). For a `oneOf`, only the alternatives that apply
 * are reported: an event whose `type` is "assign" gets the assign event's messages, not those of the
 * exclude and split events it never meant to be.
 */
export function schemaIssues(errors: ErrorObject[]): FieldIssues {
  const issues: FieldIssues = {};
  for (const { path, message } of relevant(errors).map(describe)) issues[path] ??= message;
  return issues;
}

interface Issue {
  path: string;
  message: string;
}

function relevant(errors: ErrorObject[]): (ErrorObject | Issue)[] {
  let kept: (ErrorObject | Issue)[] = errors.filter((error) => error.keyword !== 'oneOf');
  for (const oneOf of errors.filter((error) => error.keyword === 'oneOf')) {
    const branches = branchesOf(oneOf, errors);
    const { keep, summary } = chooseBranches(oneOf, branches);
    const dropped = new Set([...branches.values()].flat().filter((error) => !keep.includes(error)));
    kept = kept.filter((error) => !dropped.has(error as ErrorObject));
    if (summary) kept.push(summary);
  }
  return kept;
}

/** The errors of each alternative of a failed oneOf, by alternative number. */
function branchesOf(oneOf: ErrorObject, errors: ErrorObject[]): Map<string, ErrorObject[]> {
  const branches = new Map<string, ErrorObject[]>();
  const prefix = `${oneOf.schemaPath}/`;
  for (const error of errors) {
    if (error === oneOf || !error.schemaPath.startsWith(prefix)) continue;
    if (!error.instancePath.startsWith(oneOf.instancePath)) continue;
    const branch = error.schemaPath.slice(prefix.length).split('/')[0];
    branches.set(branch, [...(branches.get(branch) ?? []), error]);
  }
  return branches;
}

/**
 * An alternative whose discriminating `const` (an event's type) fails does not apply; of the rest, one
 * that has all its required fields is the one meant. When none is clearly meant, one summary message.
 */
function chooseBranches(
  oneOf: ErrorObject,
  branches: Map<string, ErrorObject[]>,
): { keep: ErrorObject[]; summary?: Issue } {
  const at = oneOf.instancePath;
  const all = [...branches.values()];
  const typed = all.filter((list) => !list.some((e) => e.keyword === 'const' && isChild(e.instancePath, at)));
  if (typed.length === 0) return { keep: [], summary: constSummary(all.flat(), at) };
  const complete = typed.filter(
    (list) => !list.some((e) => e.keyword === 'required' && e.instancePath === at),
  );
  if (complete.length > 0) return { keep: complete.flat() };
  if (typed.length === 1) return { keep: typed[0] };
  return { keep: [], summary: requiredSummary(typed, at) };
}

function constSummary(errors: ErrorObject[], at: string): Issue {
  const consts = errors.filter((e) => e.keyword === 'const');
  const values = [...new Set(consts.map((e) => JSON.stringify(e.params.allowedValue)))];
  return { path: toFieldPath(consts[0]?.instancePath ?? at), message: `must be one of ${values.join(', ')}` };
}

function requiredSummary(branches: ErrorObject[][], at: string): Issue {
  const forms = branches.map((list) => {
    const required = list.find((e) => e.keyword === 'required' && e.instancePath === at)?.schema;
    return (Array.isArray(required) ? required : []).map((name) => JSON.stringify(name)).join(' + ');
  });
  return { path: toFieldPath(at), message: `needs one of: ${[...new Set(forms)].join('; ')}` };
}

function isChild(path: string, parent: string): boolean {
  return path.startsWith(`${parent}/`) && !path.slice(parent.length + 1).includes('/');
}

function describe(error: ErrorObject | Issue): Issue {
  if (!('keyword' in error)) return error;
  const path = toFieldPath(error.instancePath);
  switch (error.keyword) {
    case 'required':
      return { path: joinPath(path, String(error.params.missingProperty)), message: 'is required' };
    case 'additionalProperties':
      return {
        path: joinPath(path, String(error.params.additionalProperty)),
        message: 'is not an allowed field',
      };
    case 'enum':
      return { path, message: `must be one of ${listOf(error.params.allowedValues)}` };
    case 'const':
      return { path, message: `must be ${JSON.stringify(error.params.allowedValue)}` };
    case 'type':
      return { path, message: `must be ${[error.params.type].flat().map(withArticle).join(' or ')}` };
    case 'pattern':
      return { path, message: patternMessage(String(error.params.pattern)) };
    case 'minLength':
    case 'minProperties':
    case 'minItems':
      return { path, message: 'must not be empty' };
    default:
      return { path, message: error.message ?? 'is invalid' };
  }
}

function withArticle(type: unknown): string {
  return `${/^[aeiou]/.test(String(type)) ? 'an' : 'a'} ${String(type)}`;
}

function patternMessage(pattern: string): string {
  if (pattern === DECIMAL_PATTERN) return 'must be a non-negative decimal string such as "1280" or "0.01"';
  return `must match the pattern ${pattern}`;
}

function listOf(values: unknown): string {
  return (Array.isArray(values) ? values : []).map((value) => JSON.stringify(value)).join(', ');
}

/** `/rules/2/event/params` → `rules[2].event.params` */
export function toFieldPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : joinPath(path, part)), '');
}
