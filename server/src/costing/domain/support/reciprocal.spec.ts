import { describe, expect, it } from '@jest/globals';
import { calculate } from '../calculate.js';
import { CaseValidationError } from '../case-validation-error.js';
import { twoSupportCase } from '../test-cases.js';

describe('reciprocal allocation', () => {
  it('solves support centers serving each other as a linear system', async () => {
    // T_ADMIN = 1000 + T_IT/4, T_IT = 500 + T_ADMIN/5 → T_ADMIN = 22500/19 = 1184.21, T_IT = 14000/19 = 736.84.
    // P1 gets 3/5 T_ADMIN + 2/4 T_IT = 20500/19 = 1078.95; P2 gets 8000/19 = 421.05.
    const result = await calculate(twoSupportCase('reciprocal'));
    const centers = Object.fromEntries(result.costCenters.map((c) => [c.id, c.fullCost]));
    expect(centers).toEqual({ ADMIN: '1184.21', IT: '736.84', P1: '1078.95', P2: '421.05' });
    expect(result.supportAllocations).toContainEqual({ from: 'IT', to: 'ADMIN', amount: '184.21' });
    expect(result.supportAllocations).toContainEqual({ from: 'ADMIN', to: 'IT', amount: '236.84' });
  });

  it('names the support centers that only allocate among themselves', async () => {
    const input = twoSupportCase('reciprocal');
    input.allocationKeys = [
      { from: 'ADMIN', shares: { IT: '1' } },
      { from: 'IT', shares: { ADMIN: '1' } },
    ];
    const failure = calculate(input);
    await expect(failure).rejects.toBeInstanceOf(CaseValidationError);
    await expect(failure).rejects.toThrow(
      'allocationKeys: the reciprocal system has no solution: support centers "ADMIN", "IT" only allocate among themselves',
    );
  });

  it('agrees with step-down when no support center serves another', async () => {
    const keys = [
      { from: 'ADMIN', shares: { P1: '3', P2: '1' } },
      { from: 'IT', basis: 'clientHours' as const },
    ];
    const reciprocal = await calculate({ ...twoSupportCase('reciprocal'), allocationKeys: keys });
    const stepDown = await calculate({ ...twoSupportCase('step_down'), allocationKeys: keys });
    expect(reciprocal.products).toEqual(stepDown.products);
  });
});
