import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { seedCostCenters } from './seed.js';

const RULE_SETS = '/api/v1/rule-sets';
const POLICY = '/api/v1/costing-policy';

interface RuleSet {
  code: string;
  name: string;
  rules: { name: string; conditions: object; event: { type: string; params: Record<string, unknown> } }[];
}

const defaultRules = JSON.parse(readFileSync('rules/default-classification.json', 'utf8')) as RuleSet;

const exclude47 = {
  name: 'transfers-and-benefits',
  conditions: { all: [{ fact: 'account', operator: 'startsWith', value: '47' }] },
  event: { type: 'exclude', params: { reason: 'tulonsiirrot' } },
};

function withRule(rule: object): RuleSet {
  return { code: 'routing', name: 'Kohdistus', rules: [exclude47, rule] } as RuleSet;
}

describe('rule set and costing policy versions', () => {
  let t: TestApp;
  const save = (path: string, code: string, document: object, extra: object = {}) =>
    t
      .as('finance')
      .post(`${path}/${code}/versions`)
      .send({ document, effectiveFrom: '2011-01-01', comment: 'testi', ...extra });

  beforeAll(async () => {
    t = await createTestApp();
    await seedCostCenters(t.db.dataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('rule sets', () => {
    it('saves the default classification as version 1', async () => {
      const response = await save(RULE_SETS, defaultRules.code, defaultRules).expect(201);
      expect(response.body).toMatchObject({
        code: 'default-classification',
        version: 1,
        document: defaultRules,
      });
    });

    it('saves a routing rule to an existing cost center', async () => {
      const assign = {
        name: 'rents-to-premises',
        conditions: { all: [{ fact: 'account', operator: 'startsWith', value: '48' }] },
        event: { type: 'assign', params: { costCenter: 'TILAT' } },
      };
      const response = await save(RULE_SETS, 'routing', withRule(assign)).expect(201);
      expect(response.body.document.rules[1]).toEqual(assign);
    });

    it('refuses a rule the engine could not run, naming the rule and the field', async () => {
      const broken = {
        name: 'rents-to-hr',
        conditions: { all: [{ fact: 'account', operator: 'startsWith', value: '48' }] },
        event: { type: 'assign', params: { costCenter: 'HR' } },
      };
      const response = await save(RULE_SETS, 'routing', withRule(broken), { baseVersion: 1 }).expect(400);
      expect(response.body.fields).toEqual({
        'document.rules[1].event.params.costCenter':
          'rule "rents-to-hr": assigns to unknown cost center "HR"',
      });
      expect(response.body.message).toBe(
        'document.rules[1].event.params.costCenter: rule "rents-to-hr": assigns to unknown cost center "HR"',
      );
    });

    it('refuses a split with a negative share and to an unknown center', async () => {
      const split = {
        name: 'split-admin',
        conditions: { all: [{ fact: 'costCenter', operator: 'equal', value: '1111MR300.11' }] },
        event: { type: 'split', params: { shares: { 'LS-AVO': '-1', HR: '1' } } },
      };
      const response = await save(RULE_SETS, 'routing', withRule(split), { baseVersion: 1 }).expect(400);
      expect(response.body.fields).toEqual({
        'document.rules[1].event.params.shares': 'rule "split-admin": splits to unknown cost center "HR"',
        'document.rules[1].event.params.shares.LS-AVO':
          'rule "split-admin": a share must be a non-negative decimal',
      });
    });

    it('refuses what the schema refuses, reporting only the event type meant', async () => {
      const noReason = { ...exclude47, name: 'no-reason', event: { type: 'exclude', params: {} } };
      const unknownType = { ...exclude47, name: 'drop', event: { type: 'drop', params: {} } };
      const response = await save(
        RULE_SETS,
        'routing',
        {
          ...withRule(noReason),
          rules: [noReason, unknownType],
        },
        { baseVersion: 1 },
      ).expect(400);
      expect(response.body.fields).toEqual({
        'document.rules[0].event.params.reason': 'rule "no-reason": is required',
        'document.rules[1].event.type': 'rule "drop": must be one of "exclude", "assign", "split"',
      });
    });

    it('refuses a document whose code is not the code in the path, and two rules with one name', async () => {
      const response = await save(RULE_SETS, 'other', { ...withRule(exclude47), code: 'routing' }).expect(
        400,
      );
      expect(response.body.fields).toEqual({
        'document.code': 'must be "other", the rule set\'s code',
        'document.rules[1].name': 'rule "transfers-and-benefits": another rule has this name',
      });
    });

    it('shows a changed rule by its name in the diff', async () => {
      const changed = {
        ...defaultRules,
        rules: defaultRules.rules.map((rule) =>
          rule.name === 'revenue'
            ? { ...rule, event: { type: 'exclude', params: { reason: 'tulot' } } }
            : rule,
        ),
      };
      await save(RULE_SETS, defaultRules.code, changed, {
        baseVersion: 1,
        effectiveFrom: '2012-01-01',
      }).expect(201);
      const diff = await t
        .as('finance')
        .get(`${RULE_SETS}/${defaultRules.code}/diff?from=1&to=2`)
        .expect(200);
      expect(diff.body.changes).toEqual([
        {
          path: 'rules[name="revenue"].event.params.reason',
          change: 'changed',
          before: defaultRules.rules.find((rule) => rule.name === 'revenue')?.event.params.reason,
          after: 'tulot',
        },
      ]);
    });

    it('lists the rule sets with their latest versions', async () => {
      const response = await t.as('finance').get(`${RULE_SETS}?date=2011-06-01`).expect(200);
      expect(
        response.body.map((r: { code: string; latest: { version: number } }) => [r.code, r.latest.version]),
      ).toEqual([
        ['default-classification', 2],
        ['routing', 1],
      ]);
      expect(response.body[0].inForce.version).toBe(1);
    });
  });

  describe('costing policy', () => {
    const policy = {
      method: 'step_down',
      stepOrder: ['TILAT', 'HALLINTO', 'ATK'],
      ruleSet: 'routing',
      ledgerUnits: ['1111MR350.11'],
      practicalHoursPerFte: '1280',
      netHoursPerFte: '1600',
      priceRounding: '0.01',
    };

    it('saves the policy under its one code, "default"', async () => {
      const response = await save(POLICY, 'default', policy).expect(201);
      expect(response.body).toMatchObject({ code: 'default', version: 1, document: policy });
      const inForce = await t.as('finance').get(`${POLICY}/default/in-force?date=2011-01-01`).expect(200);
      expect(inForce.body.version).toBe(1);
    });

    it('refuses a step order of non-support centers, an unknown rule set and another code', async () => {
      const response = await save(POLICY, 'other', {
        ...policy,
        stepOrder: ['TILAT', 'LS-AVO', 'HR', 'TILAT'],
        ruleSet: 'nonexistent',
        priceRounding: '0',
      }).expect(400);
      expect(response.body.fields).toEqual({
        code: 'the costing policy has one code, "default"',
        'document.stepOrder[1]': '"LS-AVO" is a production center, not a support center',
        'document.stepOrder[2]': 'unknown cost center "HR"',
        'document.stepOrder[3]': '"TILAT" is listed twice',
        'document.ruleSet': 'unknown rule set "nonexistent"',
        'document.priceRounding': 'must be greater than zero',
      });
    });

    it('refuses what the policy schema refuses', async () => {
      const response = await save(
        POLICY,
        'default',
        { ...policy, method: 'fifo', practicalHoursPerFte: 1280, extra: true },
        { baseVersion: 1 },
      ).expect(400);
      expect(response.body.fields).toEqual({
        'document.extra': 'is not an allowed field',
        'document.method': 'must be one of "direct", "step_down", "reciprocal"',
        'document.practicalHoursPerFte': 'must be a string',
      });
    });

    it('diffs two policies', async () => {
      await save(
        POLICY,
        'default',
        { ...policy, method: 'reciprocal' },
        { baseVersion: 1, effectiveFrom: '2013-01-01' },
      ).expect(201);
      const diff = await t.as('finance').get(`${POLICY}/default/diff?from=1&to=2`).expect(200);
      expect(diff.body.changes).toEqual([
        { path: 'method', change: 'changed', before: 'step_down', after: 'reciprocal' },
      ]);
    });
  });
});
