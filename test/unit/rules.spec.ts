import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import { calculate } from '../../server/src/costing/domain/calculate.js';
import type { ClassificationRule } from '../../server/src/costing/domain/costing-case.js';

const schema = JSON.parse(readFileSync('rules/rule-set.schema.json', 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const ruleSets = readdirSync('rules').filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));

function load(file: string): { rules: ClassificationRule[] } {
  return JSON.parse(readFileSync(`rules/${file}`, 'utf8')) as { rules: ClassificationRule[] };
}

describe.each(ruleSets)('rule set %s', (file) => {
  it('matches the rule set schema', () => {
    const valid = validate(load(file));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});

describe('default classification', () => {
  const lines: [string, string, string | undefined][] = [
    ['400000', '11707596.00', undefined],
    ['434000', '572548.00', undefined],
    ['950100', '666110.00', undefined],
    ['980200', '1569126.00', undefined],
    ['472000', '17632921.00', 'transfers-and-benefits'],
    ['4720', '10.00', 'transfers-and-benefits'],
    ['430000', '13462672.00', 'purchased-client-services'],
    ['4300', '250000.00', 'purchased-client-services'],
    ['330800', '-7681286.00', 'revenue'],
    ['900500', '-172761.00', 'internal-revenue'],
    ['970200', '28654.00', 'internal-transfers'],
    ['880200', '6784923.00', 'investments'],
  ];

  it('excludes revenue, transfers, purchased client services and internal revenue; keeps the rest', async () => {
    const result = await calculate({
      costCenters: [{ id: 'UNIT', kind: 'production' }],
      costLines: lines.map(([account, amount]) => ({ costCenter: 'UNIT', account, amount })),
      allocationKeys: [],
      clientHours: [{ costCenter: 'UNIT', product: 'X', direct: '1', indirect: '0' }],
      classificationRules: load('default-classification.json').rules,
    });
    const byAccount = Object.fromEntries(result.classification.map((c) => [c.account, c.rule]));
    expect(byAccount).toEqual(Object.fromEntries(lines.map(([account, , rule]) => [account, rule])));
    expect(result.check.difference).toBe('0.00');
  });
});
