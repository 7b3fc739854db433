import { buildResult } from './build-result.js';
import { inputHash } from './canonical-case.js';
import { classifyLines, type PlacedLine } from './classification/classify-lines.js';
import type { AllocationMethod, CostingResult } from './costing-case.js';
import type { Exact } from './exact.js';
import { allocateToProducts } from './product-allocation.js';
import { resolveKeyShares } from './resolve-keys.js';
import { allocateDirect } from './support/direct.js';
import { allocateReciprocal } from './support/reciprocal.js';
import { allocateStepDown } from './support/step-down.js';
import type { SupportAllocator } from './support/support-allocation.js';
import { prepareCase } from './validate-case.js';

const allocators: Record<AllocationMethod, SupportAllocator> = {
  direct: allocateDirect,
  step_down: allocateStepDown,
  reciprocal: allocateReciprocal,
};

/**
 * The costing engine: validates a costing case and computes product costs and prices.
 * Throws CaseValidationError for invalid input. Pure: same input, same result.
 */
export async function calculate(input: unknown): Promise<CostingResult> {
  const prepared = prepareCase(input);
  const classified = await classifyLines(prepared);
  const ownCost = ownCostByCenter(classified.placed);
  const support = allocators[prepared.method]({
    supportIds: prepared.supportIds,
    productionIds: prepared.productionIds,
    stepOrder: prepared.stepOrder,
    ownCost,
    shares: resolveKeyShares(prepared),
  });
  const received = new Map<string, Exact>();
  for (const flow of support.flows) received.set(flow.to, (received.get(flow.to) ?? 0n) + flow.amount);
  const production = allocateToProducts(prepared, ownCost, received);
  return buildResult({ prepared, inputHash: inputHash(prepared), classified, ownCost, support, production });
}

function ownCostByCenter(lines: PlacedLine[]): Map<string, Exact> {
  const own = new Map<string, Exact>();
  for (const line of lines) own.set(line.costCenter, (own.get(line.costCenter) ?? 0n) + line.amount);
  return own;
}
