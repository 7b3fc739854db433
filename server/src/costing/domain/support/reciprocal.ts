import { CaseValidationError } from '../case-validation-error.js';
import { div, ONE, type Exact } from '../exact.js';
import { sendTotal, sharesTo } from './flows.js';
import { solveLinearSystem } from './linear-system.js';
import { emptyAllocation, type SupportAllocator, type SupportInput } from './support-allocation.js';

/**
 * Reciprocal method: support centers serve each other. Each support total T_s = own_s + Σ T_s' × f(s'→s),
 * with fractions over all recipients but the center itself; solved as one linear system, then every
 * support center sends its total to all its recipients.
 */
export const allocateReciprocal: SupportAllocator = (input) => {
  const recipients = new Map(
    input.supportIds.map((s) => [s, sharesTo(input.shares.get(s), (to) => to !== s)]),
  );
  assertEveryCostCanLeave(input, recipients);
  const totals = solveTotals(input, recipients);
  const result = emptyAllocation();
  input.supportIds.forEach((from, i) => {
    const reason = `support center "${from}" has no share to any other center`;
    sendTotal(from, totals[i], recipients.get(from) ?? new Map(), result, reason);
  });
  return result;
};

function solveTotals(input: SupportInput, recipients: Map<string, Map<string, Exact>>): Exact[] {
  const index = new Map(input.supportIds.map((id, i) => [id, i]));
  const n = input.supportIds.length;
  const matrix = input.supportIds.map((_, row) =>
    input.supportIds.map((__, col) => (row === col ? ONE : 0n)),
  );
  input.supportIds.forEach((from, col) => {
    const shares = recipients.get(from) ?? new Map<string, Exact>();
    const shareSum = [...shares.values()].reduce((a, b) => a + b, 0n);
    for (const [to, share] of shares) {
      const row = index.get(to);
      if (row !== undefined) matrix[row][col] -= div(share, shareSum);
    }
  });
  const own = input.supportIds.map((id) => input.ownCost.get(id) ?? 0n);
  const totals = n === 0 ? [] : solveLinearSystem(matrix, own);
  if (!totals) throw noSolution(input.supportIds);
  return totals;
}

/** Support centers that pass costs only among themselves make the system singular: name them. */
function assertEveryCostCanLeave(input: SupportInput, recipients: Map<string, Map<string, Exact>>): void {
  const canLeave = new Set(input.productionIds);
  for (const [id, shares] of recipients) if (shares.size === 0) canLeave.add(id);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, shares] of recipients) {
      if (!canLeave.has(id) && [...shares.keys()].some((to) => canLeave.has(to))) {
        canLeave.add(id);
        grew = true;
      }
    }
  }
  const trapped = input.supportIds.filter((id) => !canLeave.has(id));
  if (trapped.length > 0) throw noSolution(trapped);
}

function noSolution(centers: string[]): CaseValidationError {
  const names = centers.map((id) => `"${id}"`).join(', ');
  return new CaseValidationError([
    {
      path: 'allocationKeys',
      message: `the reciprocal system has no solution: support centers ${names} only allocate among themselves, so their costs never reach a production center`,
    },
  ]);
}
