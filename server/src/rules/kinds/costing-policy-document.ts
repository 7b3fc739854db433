import { Ajv } from 'ajv';
import { costingPolicySchema, POLICY_CODE } from '../../calculations/costing-policy.js';
import type { CostCenterKind } from '../../organization/entities/cost-center.entity.js';
import type { FieldIssues } from '../versioning/field-issues.js';
import { schemaIssues } from '../versioning/schema-issues.js';
import { supportCenterProblem } from './cost-center-kinds.js';

const checkSchema = new Ajv({ allErrors: true, strict: false, verbose: true }).compile(costingPolicySchema);
const POSITIVE_FIELDS = ['practicalHoursPerFte', 'netHoursPerFte', 'priceRounding'];

/**
 * Problems of a costing policy document (paths relative to it): the schema, then what it refers to:
 * the step order lists support centers, once each; the rule set exists.
 */
export function costingPolicyIssues(
  document: Record<string, unknown>,
  centers: Map<string, CostCenterKind>,
  ruleSetExists: boolean,
): FieldIssues {
  if (!checkSchema(document)) return schemaIssues(checkSchema.errors ?? []);
  const issues: FieldIssues = {};
  for (const field of POSITIVE_FIELDS) {
    if (/^0+(\.0+)?$/.test(document[field] as string)) issues[field] = 'must be greater than zero';
  }
  const seen = new Set<string>();
  ((document.stepOrder as string[] | undefined) ?? []).forEach((center, i) => {
    const problem = seen.has(center) ? `"${center}" is listed twice` : supportCenterProblem(center, centers);
    if (problem) issues[`stepOrder[${i}]`] = problem;
    seen.add(center);
  });
  if (!ruleSetExists) issues.ruleSet = `unknown rule set "${String(document.ruleSet)}"`;
  return issues;
}

/** The runs read one policy, "default". */
export function costingPolicyCodeIssues(code: string): FieldIssues {
  return code === POLICY_CODE ? {} : { code: `the costing policy has one code, "${POLICY_CODE}"` };
}
