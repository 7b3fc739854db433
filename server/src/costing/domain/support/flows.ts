import { splitExactly } from '../apportion.js';
import type { Exact } from '../exact.js';
import type { Flow, SupportAllocation } from './support-allocation.js';

/**
 * Sends `total` from a support center to recipients in proportion to their shares, exactly; if no
 * recipient has a share, the total is stranded with the given reason.
 */
export function sendTotal(
  from: string,
  total: Exact,
  recipients: Map<string, Exact>,
  into: SupportAllocation,
  strandedReason: string,
): Flow[] {
  into.totals.set(from, total);
  const ids = [...recipients.keys()];
  const weights = ids.map((id) => recipients.get(id) ?? 0n);
  if (!weights.some((w) => w > 0n)) {
    if (total !== 0n) into.stranded.push({ costCenter: from, amount: total, reason: strandedReason });
    return [];
  }
  const parts = splitExactly(total, weights);
  const flows = ids.map((to, i) => ({ from, to, amount: parts[i] }));
  into.flows.push(...flows);
  return flows;
}

/** The entries of `shares` whose recipient passes the filter. */
export function sharesTo(
  shares: Map<string, Exact> | undefined,
  keep: (to: string) => boolean,
): Map<string, Exact> {
  return new Map([...(shares ?? new Map<string, Exact>())].filter(([to, share]) => share > 0n && keep(to)));
}
