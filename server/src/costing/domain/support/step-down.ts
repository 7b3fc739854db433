import { sendTotal, sharesTo } from './flows.js';
import { emptyAllocation, type SupportAllocator } from './support-allocation.js';

/**
 * Step-down method: support centers in step order; each sends its own cost plus what it received to
 * the centers not yet processed (later support centers and production centers).
 */
export const allocateStepDown: SupportAllocator = (input) => {
  const result = emptyAllocation();
  const received = new Map<string, bigint>();
  const processed = new Set<string>();
  for (const from of input.stepOrder) {
    processed.add(from);
    const total = (input.ownCost.get(from) ?? 0n) + (received.get(from) ?? 0n);
    const recipients = sharesTo(input.shares.get(from), (to) => !processed.has(to));
    const reason = `support center "${from}" has no share to a center later in the step order`;
    for (const flow of sendTotal(from, total, recipients, result, reason)) {
      received.set(flow.to, (received.get(flow.to) ?? 0n) + flow.amount);
    }
  }
  return result;
};
