// Times the costing engine on a large case: 50 support centers (reciprocal), 300 production centers,
// 20 products, 20 000 client-hour rows. `npm run bench:engine` prints the figures.
import { performance } from 'node:perf_hooks';
import { calculate } from '../../server/src/costing/domain/calculate.js';
import type { CostingCase } from '../../server/src/costing/domain/costing-case.js';
import { HOUR_ROWS, largeCase, PRODUCTION, PRODUCTS, SUPPORT } from './large-case.js';

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
