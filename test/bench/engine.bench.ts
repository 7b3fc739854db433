// Times the costing engine on a large case: 50 support centers (reciprocal), 300 production centers,
// 20 products, 20 000 client-hour rows. `npm run bench:engine` prints the figures.
import { performance } from 'node:perf_hooks';
import { calculate } from '../../server/src/costing/domain/calculate.js';
import type { CostingCase } from '../../server/src/costing/domain/costing-case.js';
import { randomInt, seededRandom } from '../../server/src/common/random.js';

const SUPPORT = 50;
const PRODUCTION = 300;
const PRODUCTS = 20;
const HOUR_ROWS = 20_000;

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

async function time(label: string, input: CostingCase, runs: number): Promise<void> {
  for (let i = 0; i < 3; i++) await calculate(input);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await calculate(input);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(
    `${label.padEnd(44)} median ${ms(times[Math.floor(runs / 2)])}  min ${ms(times[0])}  max ${ms(times[runs - 1])}  (${runs} runs)`,
  );
}

const plain = largeCase(false);
const result = await calculate(plain);
console.log(
  `case: ${SUPPORT} support centers (reciprocal), ${PRODUCTION} production centers, ${PRODUCTS} products, ` +
    `${HOUR_ROWS} hour rows, ${plain.costLines.length} cost lines; ` +
    `${result.supportAllocations.length} support flows; check difference ${result.check.difference}`,
);
await time('engine call, no classification rules', plain, 20);
await time('engine call, 1 rule on every cost line', largeCase(true), 20);
