import { describe, expect, it } from '@jest/globals';
import { calculate } from '../calculate.js';
import { twoSupportCase } from '../test-cases.js';

describe('direct allocation', () => {
  it('sends support costs to production centers only, ignoring shares to support centers', async () => {
    const result = await calculate(twoSupportCase('direct'));
    // ADMIN 1000 at 3:1 → 750 / 250; IT 500 at 2:1 → 333.33 / 166.67.
    expect(result.supportAllocations).toEqual([
      { from: 'ADMIN', to: 'P1', amount: '750.00' },
      { from: 'ADMIN', to: 'P2', amount: '250.00' },
      { from: 'IT', to: 'P1', amount: '333.33' },
      { from: 'IT', to: 'P2', amount: '166.67' },
    ]);
    const full = Object.fromEntries(result.costCenters.map((c) => [c.id, c.fullCost]));
    expect(full).toMatchObject({ P1: '1083.33', P2: '416.67' });
  });

  it('prices products by client hours: P2 splits 416.67 over 50 h of A and 50 h of B', async () => {
    const result = await calculate(twoSupportCase('direct'));
    // A = 1083.33 (P1) + 208.33.. (half of P2) = 1291.67 over 150 h; B = 208.33 over 50 h.
    expect(result.products.map((p) => [p.product, p.cost, p.pricePerHour])).toEqual([
      ['A', '1291.67', '8.61'],
      ['B', '208.33', '4.17'],
    ]);
  });

  it('reports a support center with no production share as unallocated, not lost', async () => {
    const input = twoSupportCase('direct');
    input.allocationKeys[1] = { from: 'IT', shares: { ADMIN: '1' } };
    const result = await calculate(input);
    expect(result.unallocated).toEqual([
      {
        costCenter: 'IT',
        amount: '500.00',
        reason: 'support center "IT" has no production center with a share in its key',
      },
    ]);
    expect(result.check.difference).toBe('0.00');
  });
});
