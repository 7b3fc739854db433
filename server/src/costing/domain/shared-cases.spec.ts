import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { Decimal } from 'decimal.js';
import { calculate } from './calculate.js';

// Every worked case with an expected file, from the repository's copy and, where it is present beside
// the repository, from the shared folder (so a case added there is tested, and a stale copy noticed).
const folders = [resolve('test/fixtures/cases'), resolve('../shared/cases')].filter(existsSync);

interface Expected {
  tolerance?: string;
  inputTotal?: string;
  fullCost?: Record<string, string>;
  products?: Record<string, { clientHours?: string; cost?: string; pricePerHour?: string }>;
  excludedTotal?: string;
  unallocatedTotal?: string;
  capacityRate?: Record<string, string>;
  checkDifference?: string;
}

const cases = new Map<string, string>();
for (const folder of folders) {
  for (const file of readdirSync(folder).filter(
    (f) => f.endsWith('.json') && !f.endsWith('.expected.json'),
  )) {
    const text = readFileSync(join(folder, file), 'utf8');
    const known = cases.get(file);
    if (known === undefined) cases.set(file, join(folder, file));
    else
      it(`the repository's copy of ${file} is up to date`, () =>
        expect(readFileSync(known, 'utf8')).toBe(text));
  }
}

function close(actual: string | undefined, expected: string, tolerance: string): boolean {
  return actual !== undefined && new Decimal(actual).minus(expected).abs().lte(tolerance);
}

describe.each([...cases])('worked case %s', (file, path) => {
  const expectedPath = path.replace(/\.json$/, '.expected.json');
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
  const tolerance = expected.tolerance ?? '0.01';
  const input = JSON.parse(readFileSync(path, 'utf8')) as unknown;

  it(`matches ${file.replace('.json', '.expected.json')} to the cent`, async () => {
    const result = await calculate(input);
    const mismatches: string[] = [];
    const check = (what: string, actual: string | undefined, want: string | undefined) => {
      if (want !== undefined && !close(actual, want, tolerance))
        mismatches.push(`${what}: ${actual} ≠ ${want}`);
    };
    check('inputTotal', result.inputTotal, expected.inputTotal);
    check('excluded', result.check.excluded, expected.excludedTotal);
    check('unallocated', result.check.unallocated, expected.unallocatedTotal);
    check('check.difference', result.check.difference, expected.checkDifference);
    const center = (id: string) => result.costCenters.find((c) => c.id === id);
    for (const [id, want] of Object.entries(expected.fullCost ?? {}))
      check(`${id} fullCost`, center(id)?.fullCost, want);
    for (const [id, want] of Object.entries(expected.capacityRate ?? {})) {
      check(`${id} capacityRate`, center(id)?.capacityRate, want);
    }
    for (const [id, want] of Object.entries(expected.products ?? {})) {
      const product = result.products.find((p) => p.product === id);
      check(`${id} clientHours`, product?.clientHours, want.clientHours);
      check(`${id} cost`, product?.cost, want.cost);
      check(`${id} pricePerHour`, product?.pricePerHour, want.pricePerHour);
    }
    expect(mismatches).toEqual([]);
    expect(result.check.difference).toBe('0.00');
  });
});
