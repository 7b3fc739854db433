import { describe, expect, it } from '@jest/globals';
import { calculate } from './calculate.js';
import { twoSupportCase } from './test-cases.js';

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  );
}

describe('input hash', () => {
  it('is the same for the same case written with other key order, numbers as numbers and defaults spelled out', async () => {
    const a = twoSupportCase('direct');
    const b = reverseKeys(a) as typeof a;
    b.costLines = [
      { amount: 500, account: '4300', costCenter: 'IT' },
      { amount: '1000.0', costCenter: 'ADMIN', account: '4000' },
    ];
    b.rounding = { price: '0.010' };
    delete b.stepOrder;
    expect((await calculate(b)).inputHash).toBe((await calculate(a)).inputHash);
  });

  it('changes when any number changes', async () => {
    const a = twoSupportCase('direct');
    const b = twoSupportCase('direct');
    b.clientHours[0].indirect = '40.25';
    expect((await calculate(b)).inputHash).not.toBe((await calculate(a)).inputHash);
  });

  it('gives the same output hash for the same input, run after run', async () => {
    const first = await calculate(twoSupportCase('reciprocal'));
    const second = await calculate(twoSupportCase('reciprocal'));
    expect(second.outputHash).toBe(first.outputHash);
    expect(first.outputHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
