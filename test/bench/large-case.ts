// A large, deterministic costing case for benchmarks: 50 support centers (reciprocal), 300 production
// centers, 20 products, 20 000 client-hour rows.
import type { CostingCase } from '../../server/src/costing/domain/costing-case.js';
import { randomInt, seededRandom } from '../../server/src/common/random.js';

export const SUPPORT = 50;
export const PRODUCTION = 300;
export const PRODUCTS = 20;
export const HOUR_ROWS = 20_000;

export function largeCase(withRules: boolean): CostingCase {
  const random = seededRandom(2011);
  const supports = Array.from({ length: SUPPORT }, (_, i) => `S${String(i).padStart(2, '0')}`);
  const productions = Array.from({ length: PRODUCTION }, (_, i) => `P${String(i).padStart(3, '0')}`);
  const products = Array.from({ length: PRODUCTS }, (_, i) => `PR${String(i).padStart(2, '0')}`);
  const cents = () =>
    `${randomInt(random, 1_000, 900_000)}.${String(randomInt(random, 0, 99)).padStart(2, '0')}`;
  return {
    name: 'benchmark',
    method: 'reciprocal',
    costCenters: [
      ...supports.map((id) => ({ id, kind: 'support' as const })),
      ...productions.map((id) => ({ id, kind: 'production' as const, practicalCapacityHours: '12000' })),
    ],
    costLines: [...supports, ...productions].flatMap((costCenter) =>
      ['4000', '4100', '4500', '4720'].map((account) => ({ costCenter, account, amount: cents() })),
    ),
    allocationKeys: supports.map((from, i) =>
      i % 5 === 0
        ? { from, basis: 'clientHours' as const }
        : {
            from,
            shares: Object.fromEntries([
              ...supports
                .filter((s) => s !== from && random() < 0.2)
                .map((s) => [s, String(randomInt(random, 1, 50))]),
              ...productions.map((p) => [p, String(randomInt(random, 0, 100))]),
            ]),
          },
    ),
    clientHours: Array.from({ length: HOUR_ROWS }, () => ({
      costCenter: productions[randomInt(random, 0, PRODUCTION - 1)],
      product: products[randomInt(random, 0, PRODUCTS - 1)],
      direct: `${randomInt(random, 0, 40)}.${randomInt(random, 0, 9)}`,
      indirect: `${randomInt(random, 0, 25)}.${randomInt(random, 0, 9)}`,
    })),
    classificationRules: withRules
      ? [
          {
            name: 'transfers',
            conditions: { all: [{ fact: 'account', operator: 'startsWith', value: '47' }] },
            event: { type: 'exclude', params: { reason: 'transfers are not part of a price' } },
          },
        ]
      : [],
  };
}
