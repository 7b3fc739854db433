import { describe, expect, it } from '@jest/globals';
import { calculate } from '../calculate.js';
import { twoSupportCase } from '../test-cases.js';

describe('step-down allocation', () => {
  it('lets earlier support centers serve later ones and ignores shares back', async () => {
    const result = await calculate(twoSupportCase('step_down'));
    // ADMIN 1000 at 1:3:1 → IT 200, P1 600, P2 200; IT (500 + 200) at 2:1, its share to ADMIN ignored.
    expect(result.supportAllocations).toEqual([
      { from: 'ADMIN', to: 'IT', amount: '200.00' },
      { from: 'ADMIN', to: 'P1', amount: '600.00' },
      { from: 'ADMIN', to: 'P2', amount: '200.00' },
      { from: 'IT', to: 'P1', amount: '466.67' },
      { from: 'IT', to: 'P2', amount: '233.33' },
    ]);
    const it = result.costCenters.find((c) => c.id === 'IT');
    expect(it).toMatchObject({ ownCost: '500.00', allocatedIn: '200.00', fullCost: '700.00' });
  });

  it('follows the given step order, which changes the result', async () => {
    const input = twoSupportCase('step_down');
    input.stepOrder = ['IT', 'ADMIN'];
    const result = await calculate(input);
    // IT 500 at 1:2:1 → ADMIN 125, P1 250, P2 125; ADMIN 1125 at 3:1 → 843.75 / 281.25.
    expect(result.supportAllocations.filter((f) => f.from === 'ADMIN')).toEqual([
      { from: 'ADMIN', to: 'P1', amount: '843.75' },
      { from: 'ADMIN', to: 'P2', amount: '281.25' },
    ]);
    expect(result.stepOrder).toEqual(['IT', 'ADMIN']);
  });

  it('defaults to the order the support centers are listed in', async () => {
    const input = twoSupportCase('step_down');
    delete input.stepOrder;
    expect((await calculate(input)).stepOrder).toEqual(['ADMIN', 'IT']);
  });
});
