import { sendTotal, sharesTo } from './flows.js';
import { emptyAllocation, type SupportAllocator } from './support-allocation.js';

/** Direct method: each support center's own cost goes to production centers only. */
export const allocateDirect: SupportAllocator = (input) => {
  const result = emptyAllocation();
  const production = new Set(input.productionIds);
  for (const from of input.supportIds) {
    const recipients = sharesTo(input.shares.get(from), (to) => production.has(to));
    const reason = `support center "${from}" has no production center with a share in its key`;
    sendTotal(from, input.ownCost.get(from) ?? 0n, recipients, result, reason);
  }
  return result;
};
