import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import { costingPolicySchema } from '../../calculations/costing-policy.js';
import { schemaIssues, toFieldPath } from './schema-issues.js';

const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
const ruleSetSchema = JSON.parse(readFileSync('rules/rule-set.schema.json', 'utf8')) as object;
const checkRuleSet = ajv.compile(ruleSetSchema);
const checkPolicy = ajv.compile(costingPolicySchema);

function ruleSetIssues(document: unknown) {
  return checkRuleSet(document) ? {} : schemaIssues(checkRuleSet.errors ?? []);
}

const account47 = { all: [{ fact: 'account', operator: 'startsWith', value: '47' }] };

function ruleSet(rule: Record<string, unknown>) {
  return { code: 'demo', name: 'Demo', rules: [rule] };
}

describe('schemaIssues', () => {
  it('reports the applicable event only: an assign event without its cost center', () => {
    const issues = ruleSetIssues(
      ruleSet({ name: 'route', conditions: account47, event: { type: 'assign', params: {} } }),
    );
    expect(issues).toEqual({ 'rules[0].event.params.costCenter': 'is required' });
  });

  it('reports an unknown event type once, listing the types', () => {
    const issues = ruleSetIssues(
      ruleSet({ name: 'x', conditions: account47, event: { type: 'drop', params: { reason: 'r' } } }),
    );
    expect(issues).toEqual({ 'rules[0].event.type': 'must be one of "exclude", "assign", "split"' });
  });

  it('reports a condition of none of the allowed forms at the condition', () => {
    const conditions = { all: [{ fact: 'account', operator: 'startsWith' }] };
    const issues = ruleSetIssues(
      ruleSet({ name: 'x', conditions, event: { type: 'exclude', params: { reason: 'r' } } }),
    );
    expect(issues).toEqual({
      'rules[0].conditions.all[0]': 'needs one of: "all"; "any"; "not"; "fact" + "operator" + "value"',
    });
  });

  it('names missing and unknown fields, enums and patterns', () => {
    const issues = ruleSetIssues({
      code: 'Iso Koodi',
      rules: [
        {
          name: 'x',
          conditions: { all: [{ fact: 'tili', operator: 'startsWith', value: '4' }] },
          event: { type: 'exclude', params: { reason: 'r', extra: 1 } },
        },
      ],
    });
    expect(issues).toEqual({
      code: 'must match the pattern ^[a-z0-9][a-z0-9-]*$',
      name: 'is required',
      'rules[0].conditions.all[0].fact': expect.stringMatching(/^must be one of "costCenter", /),
      'rules[0].event.params.extra': 'is not an allowed field',
    });
  });

  it('explains decimal patterns and enums of the costing policy', () => {
    checkPolicy({ method: 'fifo', ruleSet: 'x', ledgerUnits: [], practicalHoursPerFte: '1 280' });
    expect(schemaIssues(checkPolicy.errors ?? [])).toEqual({
      method: 'must be one of "direct", "step_down", "reciprocal"',
      netHoursPerFte: 'is required',
      priceRounding: 'is required',
      practicalHoursPerFte: 'must be a non-negative decimal string such as "1280" or "0.01"',
    });
  });
});

describe('toFieldPath', () => {
  it('writes array indexes in brackets and unescapes JSON pointers', () => {
    expect(toFieldPath('/rules/2/event/params')).toBe('rules[2].event.params');
    expect(toFieldPath('/shares/a~1b')).toBe('shares.a/b');
    expect(toFieldPath('')).toBe('');
  });
});
