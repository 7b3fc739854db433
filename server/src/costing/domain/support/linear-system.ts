import { div, mul, type Exact } from '../exact.js';

/**
 * Solves A·x = b by Gaussian elimination, exact to 30 decimals per step. The reciprocal method's
 * matrix I − Fᵀ is column diagonally dominant (each center's fractions add up to at most 1), so
 * elimination without pivoting is stable and its result does not depend on row swaps.
 * Returns undefined when a pivot is zero (no unique solution).
 */
export function solveLinearSystem(matrix: Exact[][], rhs: Exact[]): Exact[] | undefined {
  const n = rhs.length;
  const a = matrix.map((row) => [...row]);
  const b = [...rhs];
  for (let p = 0; p < n; p++) {
    if (a[p][p] === 0n) return undefined;
    for (let r = p + 1; r < n; r++) {
      if (a[r][p] === 0n) continue;
      const factor = div(a[r][p], a[p][p]);
      for (let c = p; c < n; c++) if (a[p][c] !== 0n) a[r][c] -= mul(factor, a[p][c]);
      b[r] -= mul(factor, b[p]);
    }
  }
  const x = new Array<Exact>(n).fill(0n);
  for (let r = n - 1; r >= 0; r--) {
    let rest = b[r];
    for (let c = r + 1; c < n; c++) if (a[r][c] !== 0n) rest -= mul(a[r][c], x[c]);
    x[r] = div(rest, a[r][r]);
  }
  return x;
}
