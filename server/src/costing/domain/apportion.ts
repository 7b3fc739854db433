import { floorDiv, mulDiv, type Exact } from './exact.js';

// Rounding that conserves totals: the largest-remainder method. Callers pass items in a canonical
// order (sorted by id), which breaks exact ties, so the result never depends on input order.

/**
 * Splits `total` in proportion to `weights` into multiples of `unit` that add up to `total` exactly.
 * Ties go to the larger weight, then to the earlier item (182.25 at 98/2 → 178.61 + 3.64).
 * Weights must be non-negative with a positive sum; `total` must be a multiple of `unit`.
 */
export function apportion(total: Exact, weights: readonly Exact[], unit: Exact): Exact[] {
  const weightSum = weights.reduce((a, b) => a + b, 0n);
  if (weightSum <= 0n) throw new RangeError('apportion needs a positive weight sum');
  if (total % unit !== 0n) throw new RangeError('apportion total is not a multiple of the unit');
  const denominator = weightSum * unit;
  const floors = weights.map((w) => floorDiv(total * w, denominator));
  const remainders = weights.map((w, i) => total * w - floors[i] * denominator);
  const missing = total / unit - floors.reduce((a, b) => a + b, 0n);
  const rank = rankByRemainder(remainders, weights);
  return floors.map((units, i) => (units + (BigInt(rank[i]) < missing ? 1n : 0n)) * unit);
}

/**
 * Rounds each value to a multiple of `unit` so that the rounded values add up to `target` exactly
 * (which must be the sum of the values rounded as a whole). Largest remainders get the extra units.
 */
export function roundToTotal(values: readonly Exact[], target: Exact, unit: Exact): Exact[] {
  return roundToTotalUnits(values, target, unit).map((units) => units * unit);
}

/** As roundToTotal, but returns how many units each value rounds to (cheaper to format). */
export function roundToTotalUnits(values: readonly Exact[], target: Exact, unit: Exact): bigint[] {
  const floors = new Array<bigint>(values.length);
  const remainders = new Array<bigint>(values.length);
  let floorSum = 0n;
  for (let i = 0; i < values.length; i++) {
    floors[i] = floorDiv(values[i], unit);
    remainders[i] = values[i] - floors[i] * unit;
    floorSum += floors[i];
  }
  const missing = target / unit - floorSum;
  if (target % unit !== 0n || missing < 0n || missing > BigInt(values.length)) {
    throw new RangeError(`cannot round ${values.length} values to the total ${target}`);
  }
  if (missing === 0n) return floors;
  const rank = rankByRemainder(remainders, values);
  return floors.map((units, i) => (BigInt(rank[i]) < missing ? units + 1n : units));
}

/** Each item's rank when sorted by remainder (largest first), then by magnitude, then by position. */
function rankByRemainder(remainders: readonly bigint[], magnitudes: readonly bigint[]): number[] {
  const order = remainders.map((_, i) => i);
  order.sort((a, b) => {
    if (remainders[a] !== remainders[b]) return remainders[a] > remainders[b] ? -1 : 1;
    const ma = magnitudes[a] < 0n ? -magnitudes[a] : magnitudes[a];
    const mb = magnitudes[b] < 0n ? -magnitudes[b] : magnitudes[b];
    if (ma !== mb) return ma > mb ? -1 : 1;
    return a - b;
  });
  const rank = new Array<number>(order.length);
  order.forEach((index, position) => (rank[index] = position));
  return rank;
}

/**
 * Splits `total` in proportion to `weights` at full precision (10^-30), in one multiplication per
 * part; the last rounding residue goes to the largest weight so the parts add up to `total` exactly.
 * The cheap inner step of allocation; only results shown to people are rounded with `apportion`.
 */
export function splitExactly(total: Exact, weights: readonly Exact[]): Exact[] {
  let weightSum = 0n;
  let largest = 0;
  weights.forEach((w, i) => {
    weightSum += w;
    if (w > weights[largest]) largest = i;
  });
  if (weightSum <= 0n) throw new RangeError('splitExactly needs a positive weight sum');
  const parts = weights.map((w) => mulDiv(total, w, weightSum));
  parts[largest] += total - parts.reduce((a, b) => a + b, 0n);
  return parts;
}
