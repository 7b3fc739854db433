import { describe, expect, it } from '@jest/globals';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { calculate } from './calculate.js';
import type { AllocationKeyInput, AllocationMethod, CostingCase, CostingResult } from './costing-case.js';

// Property tests over random valid cases: every support key has a production share and every
// production center has client hours, so nothing is stranded and the methods are comparable.

interface Shape {
  supports: string[];
  productions: string[];
  products: string[];
}

const shapeArb = fc
  .record({
    s: fc.integer({ min: 0, max: 4 }),
    p: fc.integer({ min: 1, max: 5 }),
    n: fc.integer({ min: 1, max: 4 }),
  })
  .map(({ s, p, n }) => ({
    supports: Array.from({ length: s }, (_, i) => `S${i}`),
    productions: Array.from({ length: p }, (_, i) => `P${i}`),
    products: Array.from({ length: n }, (_, i) => `PR${i}`),
  }));

const centsArb = fc.integer({ min: -50_000, max: 5_000_000 }).map((c) => new Decimal(c).div(100).toFixed(2));
const hoursArb = fc.integer({ min: 0, max: 4000 }).map((q) => new Decimal(q).div(4).toString());

function caseArb(shape: Shape, supportToSupport: boolean): fc.Arbitrary<CostingCase> {
  const centers = [...shape.supports, ...shape.productions];
  const line = fc.record({
    costCenter: fc.constantFrom(...centers),
    account: fc.constantFrom('4000', '4100', '4300', '4820'),
    amount: centsArb,
    exclude: fc.option(fc.constant('billed separately'), { nil: undefined, freq: 5 }),
  });
  const key = (from: string): fc.Arbitrary<AllocationKeyInput> => {
    const targets = supportToSupport ? centers.filter((c) => c !== from) : shape.productions;
    const shares = fc
      .tuple(fc.constantFrom(...shape.productions), ...targets.map(() => fc.integer({ min: 0, max: 20 })))
      .map(([required, ...values]) => {
        const entries = targets.map((t, i) => [t, String(values[i] + (t === required ? 1 : 0))]);
        return { from, shares: Object.fromEntries(entries) };
      });
    return fc.oneof(shares, fc.constant({ from, basis: 'clientHours' as const }));
  };
  const hoursAt = (center: string) =>
    fc
      .array(
        fc.record({ product: fc.constantFrom(...shape.products), direct: hoursArb, indirect: hoursArb }),
        { minLength: 1, maxLength: 4 },
      )
      .map((rows) =>
        rows.map((row, i) => ({
          costCenter: center,
          ...row,
          direct: i === 0 ? new Decimal(row.direct).plus('0.5').toString() : row.direct,
        })),
      );
  return fc
    .record({
      costLines: fc.array(line, { maxLength: 15 }),
      allocationKeys: fc.tuple(...shape.supports.map(key)),
      clientHours: fc.tuple(...shape.productions.map(hoursAt)),
    })
    .map(({ costLines, allocationKeys, clientHours }) => ({
      name: 'random',
      stepOrder: shape.supports,
      costCenters: [
        ...shape.supports.map((id) => ({ id, kind: 'support' as const })),
        ...shape.productions.map((id) => ({
          id,
          kind: 'production' as const,
          practicalCapacityHours: '1500',
        })),
      ],
      costLines,
      allocationKeys: [...allocationKeys],
      clientHours: clientHours.flat(),
    }));
}

const anyCase = (supportToSupport = true) => shapeArb.chain((shape) => caseArb(shape, supportToSupport));
const run = (input: CostingCase, method: AllocationMethod) => calculate({ ...input, method });
const total = (values: string[]) => values.reduce((a, b) => a.plus(b), new Decimal(0));
const productionTotal = (r: CostingResult) =>
  total(r.costCenters.filter((c) => c.kind === 'production').map((c) => c.fullCost)).toFixed(2);

describe('costing engine properties', () => {
  it('conserves the input total to the cent with every method', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyCase(),
        fc.constantFrom<AllocationMethod>('direct', 'step_down', 'reciprocal'),
        async (input, method) => {
          const result = await run(input, method);
          const parts = total([
            ...result.products.map((p) => p.cost),
            ...result.excluded.map((e) => e.amount),
            ...result.unallocated.map((u) => u.amount),
          ]);
          expect(parts.toFixed(2)).toBe(total(input.costLines.map((l) => String(l.amount))).toFixed(2));
          expect(result.check.difference).toBe('0.00');
        },
      ),
    );
  });

  it('gives the same production total with the three methods', async () => {
    await fc.assert(
      fc.asyncProperty(anyCase(), async (input) => {
        const [direct, stepDown, reciprocal] = await Promise.all([
          run(input, 'direct'),
          run(input, 'step_down'),
          run(input, 'reciprocal'),
        ]);
        expect(stepDown.check.productCost).toBe(direct.check.productCost);
        expect(reciprocal.check.productCost).toBe(direct.check.productCost);
        expect(productionTotal(stepDown)).toBe(productionTotal(direct));
        expect(productionTotal(reciprocal)).toBe(productionTotal(direct));
      }),
    );
  });

  it('gives the same products with step-down and reciprocal when no support center serves another', async () => {
    await fc.assert(
      fc.asyncProperty(anyCase(false), async (input) => {
        const stepDown = await run(input, 'step_down');
        const reciprocal = await run(input, 'reciprocal');
        expect(reciprocal.products).toEqual(stepDown.products);
        expect(reciprocal.costCenters).toEqual(stepDown.costCenters);
      }),
    );
  });

  it('prices each product at its rounded cost over its hours', async () => {
    await fc.assert(
      fc.asyncProperty(anyCase(), async (input) => {
        for (const p of (await run(input, 'reciprocal')).products) {
          const expected = new Decimal(p.cost).div(p.clientHours).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
          expect(new Decimal(p.pricePerHour).eq(expected)).toBe(true);
        }
      }),
    );
  });

  it('changes neither the result nor the hash when the input order is shuffled', async () => {
    const shuffled = anyCase().chain((input) =>
      fc
        .record({
          costLines: fc.shuffledSubarray(input.costLines, { minLength: input.costLines.length }),
          clientHours: fc.shuffledSubarray(input.clientHours, { minLength: input.clientHours.length }),
          costCenters: fc.shuffledSubarray(input.costCenters, { minLength: input.costCenters.length }),
          allocationKeys: fc.shuffledSubarray(input.allocationKeys, {
            minLength: input.allocationKeys.length,
          }),
        })
        .map((order) => ({
          input,
          shuffledInput: {
            ...input,
            ...order,
            allocationKeys: order.allocationKeys.map((k) =>
              k.shares ? { ...k, shares: Object.fromEntries(Object.entries(k.shares).reverse()) } : k,
            ),
          },
        })),
    );
    await fc.assert(
      fc.asyncProperty(
        shuffled,
        fc.constantFrom<AllocationMethod>('direct', 'step_down', 'reciprocal'),
        async (pair, method) => {
          const a = await run(pair.input, method);
          const b = await run(pair.shuffledInput, method);
          expect(b.inputHash).toBe(a.inputHash);
          expect(b).toEqual(a);
        },
      ),
    );
  });
});
