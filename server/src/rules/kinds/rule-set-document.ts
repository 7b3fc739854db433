import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import type { CaseIssue } from '../../costing/domain/case-validation-error.js';
import { validateRules } from '../../costing/domain/classification/validate-rules.js';
import type { ClassificationRule } from '../../costing/domain/costing-case.js';
import type { PreparedCenter } from '../../costing/domain/prepared-case.js';
import type { CostCenterKind } from '../../organization/entities/cost-center.entity.js';
import type { FieldIssues } from '../versioning/field-issues.js';
import { schemaIssues } from '../versioning/schema-issues.js';

/** Read from the working directory, as the server and the CLI run from the repository root. */
export const RULE_SET_SCHEMA_FILE = 'rules/rule-set.schema.json';

let checkSchema: ValidateFunction | undefined;

function schema(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
  checkSchema ??= ajv.compile(JSON.parse(readFileSync(RULE_SET_SCHEMA_FILE, 'utf8')) as object);
  return checkSchema;
}

/**
 * Problems of a rule set document (paths relative to it): the schema, then the engine's own checks
 * against the organization's cost centers, so a rule that could not run is refused when it is saved.
 * A message about a rule names it.
 */
export function ruleSetIssues(
  code: string,
  document: Record<string, unknown>,
  centers: Map<string, CostCenterKind>,
): FieldIssues {
  const check = schema();
  if (!check(document)) return namingRules(schemaIssues(check.errors ?? []), document);
  const issues: FieldIssues = {};
  if (document.code !== code) issues.code = `must be "${code}", the rule set's code`;
  const rules = document.rules as ClassificationRule[];
  Object.assign(issues, duplicateNames(rules), engineIssues(rules, centers));
  return namingRules(issues, document);
}

function engineIssues(rules: ClassificationRule[], centers: Map<string, CostCenterKind>): FieldIssues {
  const prepared = new Map<string, PreparedCenter>([...centers].map(([id, kind]) => [id, { id, kind }]));
  const issues: CaseIssue[] = [];
  validateRules(rules, prepared, issues);
  return Object.fromEntries(
    issues.map(({ path, message }) => [path.replace(/^classificationRules\[/, 'rules['), message]),
  );
}

function duplicateNames(rules: ClassificationRule[]): FieldIssues {
  const seen = new Set<string>();
  const issues: FieldIssues = {};
  rules.forEach((rule, i) => {
    if (rule.name !== undefined && seen.has(rule.name))
      issues[`rules[${i}].name`] = 'another rule has this name';
    if (rule.name !== undefined) seen.add(rule.name);
  });
  return issues;
}

/** `rules[2].event.params.costCenter: rule "route-rents": assigns to unknown cost center "X"` */
function namingRules(issues: FieldIssues, document: Record<string, unknown>): FieldIssues {
  const rules = Array.isArray(document.rules) ? (document.rules as unknown[]) : [];
  return Object.fromEntries(
    Object.entries(issues).map(([path, message]) => {
      const index = /^rules\[(\d+)\]/.exec(path)?.[1];
      const rule = index === undefined ? undefined : (rules[Number(index)] as { name?: unknown } | undefined);
      const name = typeof rule?.name === 'string' && rule.name !== '' ? `rule "${rule.name}": ` : '';
      return [path, `${name}${message}`];
    }),
  );
}
