import type { CostCenterKind } from '../../organization/entities/cost-center.entity.js';
import type { FieldIssues } from '../versioning/field-issues.js';
import { supportCenterProblem } from './cost-center-kinds.js';

const FIELDS = ['name', 'description', 'basis', 'shares'];
const BASES = ['clientHours', 'fte'];
const SHARE = /^\d+(\.\d+)?$/;

/**
 * Problems of an allocation key document `{ name?, description?, basis? , shares? }` (paths relative to
 * the document). The key's code is the support center whose cost it shares: a key has either a basis
 * the engine computes (client hours, FTE) or fixed shares for other cost centers.
 */
export function allocationKeyIssues(
  code: string,
  document: Record<string, unknown>,
  centers: Map<string, CostCenterKind>,
): FieldIssues {
  const issues: FieldIssues = {};
  for (const field of Object.keys(document).filter((key) => !FIELDS.includes(key))) {
    issues[field] = `is not a field of an allocation key (${FIELDS.join(', ')})`;
  }
  for (const field of ['name', 'description']) {
    if (document[field] !== undefined && typeof document[field] !== 'string') issues[field] = 'must be text';
  }
  const { basis, shares } = document;
  if (basis === undefined && shares === undefined) issues[''] = 'needs either "basis" or "shares"';
  else if (basis !== undefined && shares !== undefined)
    issues.basis = 'give either "basis" or "shares", not both';
  else if (basis !== undefined && !BASES.includes(basis as string)) {
    issues.basis = `must be one of ${BASES.map((b) => `"${b}"`).join(', ')}`;
  } else if (shares !== undefined) Object.assign(issues, shareIssues(code, shares, centers));
  return issues;
}

function shareIssues(code: string, shares: unknown, centers: Map<string, CostCenterKind>): FieldIssues {
  if (shares === null || typeof shares !== 'object' || Array.isArray(shares)) {
    return { shares: 'must be an object of cost center codes and shares, e.g. { "LS-AVO": "118" }' };
  }
  const issues: FieldIssues = {};
  let positive = false;
  for (const [target, share] of Object.entries(shares as Record<string, unknown>)) {
    const path = `shares.${target}`;
    if (!centers.has(target)) issues[path] = `unknown cost center "${target}"`;
    else if (target === code) issues[path] = 'a support center cannot allocate to itself';
    else if (typeof share !== 'string' || !SHARE.test(share)) {
      issues[path] = 'must be a non-negative decimal string such as "118" or "0.25"';
    } else positive ||= /[1-9]/.test(share);
  }
  if (Object.keys(issues).length === 0 && !positive) issues.shares = 'needs at least one positive share';
  return issues;
}

/** The key's code must be a support center. */
export function allocationKeyCodeIssues(code: string, centers: Map<string, CostCenterKind>): FieldIssues {
  const problem = supportCenterProblem(code, centers);
  return problem ? { code: `${problem}: an allocation key belongs to a support center` } : {};
}
