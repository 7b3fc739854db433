import { Decimal } from 'decimal.js';

/** Enough digits that scaling never loses a cent (amounts have at most 14 digits). */
const Exact = Decimal.clone({ precision: 60 });

/**
 * Rounds parts to multiples of `step` that add up to `target` exactly (the largest-remainder method):
 * the parts are scaled to the target, each is rounded down, and the missing steps go one each to the
 * largest remainders (ties: the larger part, then the earlier one). Scaling absorbs a difference of a few
 * cents between the exact parts and an already rounded target.
 */
export function roundToTarget(
  parts: readonly Decimal.Value[],
  target: Decimal.Value,
  step: Decimal.Value = '0.01',
): Decimal[] {
  const unit = new Exact(step);
  const goal = new Exact(target);
  if (!goal.modulo(unit).isZero())
    throw new RangeError(`${goal.toString()} is not a multiple of ${unit.toString()}`);
  const values = parts.map((p) => new Exact(p));
  const sum = values.reduce((a, b) => a.plus(b), new Exact(0));
  if (sum.isZero()) {
    if (goal.isZero()) return values.map(() => new Decimal(0));
    throw new RangeError('cannot scale parts that sum to zero to a non-zero total');
  }
  const scaled = values.map((v) => v.times(goal).dividedBy(sum));
  const floors = scaled.map((v) => v.dividedBy(unit).floor().times(unit));
  const missing = goal
    .minus(floors.reduce((a, b) => a.plus(b), new Exact(0)))
    .dividedBy(unit)
    .toNumber();
  if (missing < 0 || missing > values.length)
    throw new RangeError(`cannot round ${values.length} parts to ${goal.toString()}`);
  const order = scaled
    .map((v, i) => ({ i, remainder: v.minus(floors[i]), size: v.abs() }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || b.size.comparedTo(a.size) || a.i - b.i);
  const bonus = new Set(order.slice(0, missing).map((o) => o.i));
  return floors.map((f, i) => new Decimal((bonus.has(i) ? f.plus(unit) : f).toString()));
}
