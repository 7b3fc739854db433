import { describe, expect, it } from '@jest/globals';
import { calculate } from '../calculate.js';
import type { ClassificationRule, CostingCase, CostLineInput } from '../costing-case.js';

function caseWith(lines: CostLineInput[], rules: ClassificationRule[]): CostingCase {
  return {
    costCenters: [
      { id: 'ADMIN', kind: 'support' },
      { id: 'P1', kind: 'production' },
      { id: 'P2', kind: 'production' },
    ],
    costLines: lines,
    allocationKeys: [{ from: 'ADMIN', basis: 'clientHours' }],
    clientHours: [
      { costCenter: 'P1', product: 'A', direct: '10', indirect: '0' },
      { costCenter: 'P2', product: 'B', direct: '10', indirect: '0' },
    ],
    classificationRules: rules,
  };
}

const exclude = (name: string, conditions: Record<string, unknown>, reason = name): ClassificationRule => ({
  name,
  conditions,
  event: { type: 'exclude', params: { reason } },
});

describe('classification rules', () => {
  it('fires `amount greaterThan 950` on an amount "1200.00" (decimal, not text, comparison)', async () => {
    const rule = exclude('large', { all: [{ fact: 'amount', operator: 'greaterThan', value: 950 }] });
    const result = await calculate(
      caseWith(
        [
          { costCenter: 'P1', account: '4000', amount: '1200.00' },
          { costCenter: 'P1', account: '4000', amount: '800.00' },
        ],
        [rule],
      ),
    );
    expect(result.excluded).toEqual([
      { costCenter: 'P1', account: '4000', amount: '1200.00', reason: 'large', rule: 'large' },
    ]);
  });

  it('compares against a string value "950.00" as a decimal too', async () => {
    const rule = exclude('large', { all: [{ fact: 'amount', operator: 'greaterThan', value: '950.00' }] });
    const result = await calculate(
      caseWith([{ costCenter: 'P1', account: '4000', amount: '1200.00' }], [rule]),
    );
    expect(result.check.excluded).toBe('1200.00');
  });

  it('excludes account ranges for 4- and 6-digit charts with startsWith', async () => {
    const rule = exclude('transfers', { all: [{ fact: 'account', operator: 'startsWith', value: '47' }] });
    const result = await calculate(
      caseWith(
        [
          { costCenter: 'P1', account: '4720', amount: '10.00' },
          { costCenter: 'P1', account: '472000', amount: '20.00' },
          { costCenter: 'P1', account: '4000', amount: '30.00' },
        ],
        [rule],
      ),
    );
    expect(result.check.excluded).toBe('30.00');
    expect(result.check.productCost).toBe('30.00');
  });

  it('reports a line as unclassifiable when a rule needs a fact the line lacks, never firing silently', async () => {
    const rule = exclude('tagged', { all: [{ fact: 'tags', operator: 'contains', value: 'investment' }] });
    const result = await calculate(
      caseWith(
        [
          { costCenter: 'P1', account: '4000', amount: '100.00' },
          { costCenter: 'P1', account: '4000', amount: '200.00', tags: ['investment'] },
          { costCenter: 'P1', account: '4000', amount: '300.00', tags: [] },
        ],
        [rule],
      ),
    );
    expect(result.unallocated).toEqual([
      {
        costCenter: 'P1',
        account: '4000',
        amount: '100.00',
        reason: 'unclassifiable: a rule refers to the fact "tags", which this line does not have',
      },
    ]);
    expect(result.check).toMatchObject({ excluded: '200.00', productCost: '300.00', difference: '0.00' });
  });

  it('assigns and splits lines to cost centers, conserving every cent, and records the rule', async () => {
    const rules: ClassificationRule[] = [
      {
        name: 'department split',
        conditions: { all: [{ fact: 'costCenter', operator: 'equal', value: 'DEPT' }] },
        event: {
          type: 'split',
          params: { shares: { P1: '1', P2: '1' }, excludedShare: '1', excludedReason: 'other units' },
        },
      },
      {
        name: 'rents to admin',
        conditions: { all: [{ fact: 'account', operator: 'startsWith', value: '48' }] },
        event: { type: 'assign', params: { costCenter: 'ADMIN' } },
      },
    ];
    const result = await calculate(
      caseWith(
        [
          { costCenter: 'DEPT', account: '4000', amount: '100.00' },
          { costCenter: 'P2', account: '4820', amount: '50.00' },
        ],
        rules,
      ),
    );
    expect(result.classification).toEqual([
      {
        costCenter: 'DEPT',
        account: '4000',
        amount: '100.00',
        outcome: 'split',
        rule: 'department split',
        reason: 'other units',
        to: { P1: '33.34', P2: '33.33', excluded: '33.33' },
      },
      {
        costCenter: 'P2',
        account: '4820',
        amount: '50.00',
        outcome: 'assigned',
        rule: 'rents to admin',
        to: { ADMIN: '50.00' },
      },
    ]);
    expect(result.excluded).toEqual([
      {
        costCenter: 'DEPT',
        account: '4000',
        amount: '33.33',
        reason: 'other units',
        rule: 'department split',
      },
    ]);
    expect(result.check).toMatchObject({ inputTotal: '150.00', productCost: '116.67', difference: '0.00' });
  });

  it('reports a line two rules route differently as unclassifiable', async () => {
    const assign = (name: string, to: string): ClassificationRule => ({
      name,
      conditions: { all: [{ fact: 'account', operator: 'equal', value: '4000' }] },
      event: { type: 'assign', params: { costCenter: to } },
    });
    const result = await calculate(
      caseWith(
        [{ costCenter: 'P1', account: '4000', amount: '10.00' }],
        [assign('one', 'P1'), assign('two', 'P2')],
      ),
    );
    expect(result.unallocated[0].reason).toBe(
      'unclassifiable: rules "one" and "two" route the line differently',
    );
  });

  it('lets exclusion win over routing', async () => {
    const rules: ClassificationRule[] = [
      exclude('benefits', { all: [{ fact: 'account', operator: 'startsWith', value: '47' }] }),
      {
        name: 'dept',
        conditions: { all: [{ fact: 'costCenter', operator: 'equal', value: 'DEPT' }] },
        event: { type: 'assign', params: { costCenter: 'P1' } },
      },
    ];
    const result = await calculate(
      caseWith([{ costCenter: 'DEPT', account: '4720', amount: '10.00' }], rules),
    );
    expect(result.excluded[0]).toMatchObject({ costCenter: 'DEPT', rule: 'benefits' });
  });

  it('reports a line at a cost center that is not in the case when no rule routes it', async () => {
    const rule: ClassificationRule = {
      name: 'dept',
      conditions: { all: [{ fact: 'account', operator: 'equal', value: '9999' }] },
      event: { type: 'assign', params: { costCenter: 'P1' } },
    };
    const result = await calculate(
      caseWith([{ costCenter: 'ELSEWHERE', account: '4000', amount: '5.00' }], [rule]),
    );
    expect(result.unallocated).toEqual([
      {
        costCenter: 'ELSEWHERE',
        account: '4000',
        amount: '5.00',
        reason: 'cost center "ELSEWHERE" is not in the case and no rule assigned the line to one',
      },
    ]);
  });
});
