import { Decimal } from 'decimal.js';
import { Operator } from 'json-rules-engine';

// json-rules-engine's own operators compare with plain JavaScript `<`, `===`: `'1200.00' > '950.00'`
// is false as text and `'1200.00' === 1200` is false. Amounts reach the rules as decimal strings, so
// these replacements compare decimals as decimals and everything else as before.

function asDecimal(value: unknown): Decimal | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? new Decimal(value) : undefined;
  if (typeof value !== 'string' || !/^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/.test(value)) return undefined;
  return new Decimal(value.trim());
}

/** Compares two values as decimals when both are numeric; undefined when either is not. */
function compareDecimals(a: unknown, b: unknown): number | undefined {
  const x = asDecimal(a);
  const y = asDecimal(b);
  return x && y ? x.comparedTo(y) : undefined;
}

function sameValue(a: unknown, b: unknown): boolean {
  // A number on one side means the rule author meant a number ("amount equal 1200").
  if (typeof a === 'number' || typeof b === 'number') return compareDecimals(a, b) === 0;
  return a === b;
}

function ordered(test: (comparison: number) => boolean) {
  return (a: unknown, b: unknown) => {
    const comparison = compareDecimals(a, b);
    return comparison !== undefined && test(comparison);
  };
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asText = (value: unknown): string => (typeof value === 'string' ? value : String(value));

export const decimalOperators: Operator[] = [
  new Operator('equal', sameValue),
  new Operator('notEqual', (a: unknown, b: unknown) => !sameValue(a, b)),
  new Operator('in', (a: unknown, b: unknown) => asList(b).some((item) => sameValue(a, item))),
  new Operator('notIn', (a: unknown, b: unknown) => !asList(b).some((item) => sameValue(a, item))),
  new Operator(
    'lessThan',
    ordered((c) => c < 0),
  ),
  new Operator(
    'lessThanInclusive',
    ordered((c) => c <= 0),
  ),
  new Operator(
    'greaterThan',
    ordered((c) => c > 0),
  ),
  new Operator(
    'greaterThanInclusive',
    ordered((c) => c >= 0),
  ),
  /** `account startsWith "47"`: chart-of-accounts ranges that work for 4- and 6-digit accounts. */
  new Operator('startsWith', (a: unknown, b: unknown) => asText(a).startsWith(asText(b))),
  new Operator('startsWithAny', (a: unknown, b: unknown) =>
    asList(b).some((p) => asText(a).startsWith(asText(p))),
  ),
  /** `amount between ["100", "200"]`, both ends included. */
  new Operator('between', (a: unknown, b: unknown) => {
    const [low, high] = asList(b);
    const aboveLow = compareDecimals(a, low);
    const belowHigh = compareDecimals(a, high);
    return aboveLow !== undefined && belowHigh !== undefined && aboveLow >= 0 && belowHigh <= 0;
  }),
];
