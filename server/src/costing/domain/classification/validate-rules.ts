import { Rule } from 'json-rules-engine';
import type { CaseIssue } from '../case-validation-error.js';
import { canonicalJson, compareText } from '../canonical-json.js';
import type { ClassificationRule } from '../costing-case.js';
import { parseExact, ZERO } from '../exact.js';
import type { PreparedCenter } from '../prepared-case.js';

/**
 * Checks classification rules and puts them in canonical order, each with a name.
 * Events: exclude { reason }, assign { costCenter }, split { shares, excludedShare?, excludedReason? }.
 */
export function validateRules(
  rules: ClassificationRule[],
  centers: Map<string, PreparedCenter>,
  issues: CaseIssue[],
): ClassificationRule[] {
  rules.forEach((rule, i) => {
    const path = `classificationRules[${i}]`;
    try {
      new Rule(rule as never);
    } catch (error) {
      issues.push({ path, message: `not a valid json-rules-engine rule: ${(error as Error).message}` });
    }
    issues.push(...eventIssues(rule, `${path}.event.params`, centers));
  });
  const sorted = rules
    .map((rule) => ({ rule, key: canonicalJson(rule) }))
    .sort((a, b) => compareText(a.key, b.key))
    .map(({ rule }) => rule);
  return sorted.map((rule, i) => ({ ...rule, name: rule.name ?? `${rule.event.type} rule ${i + 1}` }));
}

function eventIssues(
  rule: ClassificationRule,
  path: string,
  centers: Map<string, PreparedCenter>,
): CaseIssue[] {
  const params = rule.event.params ?? {};
  const text = (name: string) =>
    typeof params[name] === 'string' && params[name] !== '' ? params[name] : undefined;
  switch (rule.event.type) {
    case 'exclude':
      return text('reason') ? [] : [{ path: `${path}.reason`, message: 'an exclude event needs a reason' }];
    case 'assign': {
      const center = text('costCenter');
      if (center && centers.has(center)) return [];
      return [{ path: `${path}.costCenter`, message: `assigns to unknown cost center "${center ?? ''}"` }];
    }
    case 'split':
      return splitIssues(params, path, centers);
    default:
      return [{ path: `${path}`, message: `unknown event type "${rule.event.type}"` }];
  }
}

function splitIssues(
  params: Record<string, unknown>,
  path: string,
  centers: Map<string, PreparedCenter>,
): CaseIssue[] {
  const issues: CaseIssue[] = [];
  const shares = params.shares;
  if (shares === null || typeof shares !== 'object' || Array.isArray(shares)) {
    return [
      { path: `${path}.shares`, message: 'a split event needs shares: { "<cost center>": "<share>" }' },
    ];
  }
  let total = ZERO;
  for (const [center, value] of Object.entries(shares as Record<string, unknown>)) {
    if (!centers.has(center))
      issues.push({ path: `${path}.shares`, message: `splits to unknown cost center "${center}"` });
    const share = typeof value === 'string' || typeof value === 'number' ? parseExact(value) : undefined;
    if (share === undefined || share < ZERO) {
      issues.push({ path: `${path}.shares.${center}`, message: 'a share must be a non-negative decimal' });
    } else total += share;
  }
  if (params.excludedShare !== undefined) {
    const value = params.excludedShare;
    const excluded = typeof value === 'string' || typeof value === 'number' ? parseExact(value) : undefined;
    if (excluded === undefined || excluded < ZERO) {
      issues.push({ path: `${path}.excludedShare`, message: 'must be a non-negative decimal' });
    } else total += excluded;
    if (typeof params.excludedReason !== 'string' || params.excludedReason === '') {
      issues.push({ path: `${path}.excludedReason`, message: 'an excluded share needs a reason' });
    }
  }
  if (total <= ZERO) issues.push({ path: `${path}.shares`, message: 'all shares of the split are zero' });
  return issues;
}
