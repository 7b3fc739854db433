import { describe, expect, it } from '@jest/globals';
import { CaseValidationError } from './case-validation-error.js';
import type { CostingCase } from './costing-case.js';
import { twoSupportCase } from './test-cases.js';
import { prepareCase } from './validate-case.js';

function issuesOf(input: unknown): string[] {
  try {
    prepareCase(input);
  } catch (error) {
    if (error instanceof CaseValidationError) return error.issues.map((i) => `${i.path}: ${i.message}`);
    throw error;
  }
  return [];
}

function changed(
  change: (input: CostingCase) => void,
  method: CostingCase['method'] = 'step_down',
): string[] {
  const input = twoSupportCase(method);
  change(input);
  return issuesOf(input);
}

describe('costing case validation', () => {
  it('accepts the hand-computed case', () => {
    expect(changed(() => undefined)).toEqual([]);
  });

  it('names a key that allocates to an unknown center', () => {
    expect(changed((c) => (c.allocationKeys[1].shares = { HR: '1', P1: '1' }))).toEqual([
      'allocationKeys[1].shares: support center "IT" allocates to unknown center "HR"',
    ]);
  });

  it('names a support center with no key', () => {
    expect(changed((c) => c.allocationKeys.pop())).toEqual([
      'allocationKeys: support center "IT" has no allocation key',
    ]);
  });

  it('refuses a key whose shares are all zero', () => {
    expect(changed((c) => (c.allocationKeys[0].shares = { P1: '0', P2: '0.00' }))).toEqual([
      'allocationKeys[0].shares: all shares of support center "ADMIN" are zero',
    ]);
  });

  it('names a step order entry that is not a support center, and missing ones', () => {
    expect(changed((c) => (c.stepOrder = ['ADMIN', 'HR']))).toEqual([
      'stepOrder[1]: unknown cost center "HR"',
      'stepOrder: missing support centers: "IT"',
    ]);
    expect(changed((c) => (c.stepOrder = ['ADMIN', 'P1', 'IT']))).toEqual([
      'stepOrder[1]: "P1" is not a support center',
    ]);
  });

  it('refuses negative hours and hours at unknown or support centers', () => {
    expect(changed((c) => (c.clientHours[0].direct = '-5'))).toEqual([
      'clientHours[0].direct: hours cannot be negative (-5)',
    ]);
    expect(changed((c) => (c.clientHours[0].costCenter = 'ADMIN'))).toEqual([
      'clientHours[0].costCenter: client hours are recorded at production centers; "ADMIN" is a support center',
    ]);
  });

  it('names malformed fields with their path', () => {
    expect(changed((c) => (c.costLines[1].amount = '12,50'))).toEqual([
      'costLines[1].amount: must be a decimal number (a string such as "1200.50", or a number)',
    ]);
    expect(changed((c) => (c.costLines[0].amount = '10.005'))).toEqual([
      'costLines[0].amount: 10.005 has more than two decimals (euros and cents)',
    ]);
    expect(issuesOf({ costCenters: [] })).toEqual(['(case): is missing the required field "costLines"']);
    expect(changed((c) => ((c as { method: string }).method = 'abc'))).toEqual([
      'method: must be one of "direct", "step_down", "reciprocal"',
    ]);
  });

  it('names duplicate centers, keys from production centers and unknown cost line centers', () => {
    expect(changed((c) => c.costCenters.push({ id: 'P1', kind: 'production' }))).toEqual([
      'costCenters[4].id: duplicate cost center "P1"',
    ]);
    expect(changed((c) => c.allocationKeys.push({ from: 'P1', basis: 'clientHours' }))).toEqual([
      'allocationKeys[2].from: "P1" is a production center; only support centers have keys',
    ]);
    expect(changed((c) => (c.costLines[0].costCenter = 'NOWHERE'))).toEqual([
      'costLines[0].costCenter: unknown cost center "NOWHERE"',
    ]);
  });

  it('checks rule events', () => {
    const issues = changed((c) => {
      c.classificationRules = [
        { conditions: { all: [] }, event: { type: 'assign', params: { costCenter: 'HR' } } },
        { conditions: { all: [] }, event: { type: 'exclude' } },
        { conditions: { whatever: [] }, event: { type: 'exclude', params: { reason: 'x' } } },
      ];
    });
    expect(issues).toEqual([
      'classificationRules[0].event.params.costCenter: assigns to unknown cost center "HR"',
      'classificationRules[1].event.params.reason: an exclude event needs a reason',
      expect.stringMatching(/^classificationRules\[2\]: not a valid json-rules-engine rule/),
    ]);
  });
});
