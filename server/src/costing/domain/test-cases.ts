import type { CostingCase } from './costing-case.js';

// Small hand-computed cases shared by the engine's specs.

/** ADMIN serves IT and both production centers; IT serves ADMIN (reciprocal only) and production. */
export function twoSupportCase(method: CostingCase['method']): CostingCase {
  return {
    name: 'two support centers',
    method,
    stepOrder: method === 'step_down' ? ['ADMIN', 'IT'] : undefined,
    costCenters: [
      { id: 'ADMIN', kind: 'support' },
      { id: 'IT', kind: 'support' },
      { id: 'P1', kind: 'production' },
      { id: 'P2', kind: 'production' },
    ],
    costLines: [
      { costCenter: 'ADMIN', account: '4000', amount: '1000.00' },
      { costCenter: 'IT', account: '4300', amount: '500.00' },
    ],
    allocationKeys: [
      { from: 'ADMIN', shares: { IT: '1', P1: '3', P2: '1' } },
      { from: 'IT', shares: { ADMIN: '1', P1: '2', P2: '1' } },
    ],
    clientHours: [
      { costCenter: 'P1', product: 'A', direct: '60', indirect: '40' },
      { costCenter: 'P2', product: 'A', direct: '30', indirect: '20' },
      { costCenter: 'P2', product: 'B', direct: '50', indirect: '0' },
    ],
  };
}
