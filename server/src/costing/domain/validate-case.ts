import { Ajv, type ErrorObject } from 'ajv';
import { CaseValidationError, type CaseIssue } from './case-validation-error.js';
import type {
  AllocationKeyInput,
  CostCenterInput,
  CostingCase,
  CostLineInput,
  DecimalInput,
} from './costing-case.js';
import { costingCaseSchema } from './costing-case.schema.js';
import { CENT, decimalPlaces, parseExact, toText, ZERO, type Exact } from './exact.js';
import type {
  HoursAtCenter,
  PreparedCase,
  PreparedCenter,
  PreparedKey,
  PreparedLine,
} from './prepared-case.js';
import { compareText, sortKeys } from './canonical-json.js';
import { HourSum } from './hour-sum.js';
import { validateRules } from './classification/validate-rules.js';

const NOT_A_DECIMAL = 'must be a decimal number (a string such as "1200.50", or a number)';
const ajv = new Ajv({ allErrors: true, strict: false });
const checkStructure = ajv.compile(costingCaseSchema);

/** Validates a costing case and returns it in the engine's terms; throws CaseValidationError. */
export function prepareCase(input: unknown): PreparedCase {
  if (!checkStructure(input)) throw new CaseValidationError(structuralIssues(checkStructure.errors ?? []));
  const raw = input as unknown as CostingCase;
  const issues: CaseIssue[] = [];
  const centers = prepareCenters(raw.costCenters, issues);
  const hours = prepareHours(raw, centers, issues);
  const keys = prepareKeys(raw.allocationKeys, centers, issues);
  const rules = validateRules(raw.classificationRules ?? [], centers, issues);
  const routes = rules.some((rule) => rule.event.type !== 'exclude');
  const lines = prepareLines(raw.costLines, centers, routes, issues);
  const method = raw.method ?? 'direct';
  const stepOrder = method === 'step_down' ? prepareStepOrder(raw, centers, issues) : [];
  const priceStep = preparePriceStep(raw, issues);
  if (issues.length > 0) throw new CaseValidationError(issues);

  const ids = [...centers.keys()];
  return {
    name: raw.name,
    method,
    stepOrder,
    centers,
    supportIds: ids.filter((id) => centers.get(id)?.kind === 'support'),
    productionIds: ids.filter((id) => centers.get(id)?.kind === 'production'),
    lines,
    keys,
    hours,
    rules,
    priceStep,
  };
}

function structuralIssues(errors: ErrorObject[]): CaseIssue[] {
  const byPath = new Map<string, string>();
  for (const error of errors) {
    const path = toFieldPath(error.instancePath) || '(case)';
    if (byPath.has(path)) continue;
    const decimalType = error.keyword === 'type' && Array.isArray(error.params.type);
    const message = decimalType
      ? NOT_A_DECIMAL
      : error.keyword === 'required'
        ? `is missing the required field "${String(error.params.missingProperty)}"`
        : error.keyword === 'enum'
          ? `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
          : (error.message ?? 'is invalid');
    byPath.set(path, message);
  }
  return [...byPath].map(([path, message]) => ({ path, message }));
}

/** `/costLines/2/amount` → `costLines[2].amount` */
function toFieldPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

function exactOf(value: DecimalInput, path: string, issues: CaseIssue[]): Exact {
  const parsed = parseExact(value);
  if (parsed === undefined) issues.push({ path, message: NOT_A_DECIMAL });
  return parsed ?? ZERO;
}

function nonNegative(value: DecimalInput, path: string, what: string, issues: CaseIssue[]): Exact {
  const parsed = exactOf(value, path, issues);
  if (parsed < ZERO) issues.push({ path, message: `${what} cannot be negative (${value})` });
  return parsed;
}

function prepareCenters(inputs: CostCenterInput[], issues: CaseIssue[]): Map<string, PreparedCenter> {
  const centers = new Map<string, PreparedCenter>();
  inputs.forEach((center, i) => {
    const path = `costCenters[${i}]`;
    if (centers.has(center.id))
      issues.push({ path: `${path}.id`, message: `duplicate cost center "${center.id}"` });
    const prepared: PreparedCenter = { id: center.id, kind: center.kind };
    if (center.practicalCapacityHours !== undefined) {
      const hours = exactOf(center.practicalCapacityHours, `${path}.practicalCapacityHours`, issues);
      if (hours <= ZERO) {
        issues.push({
          path: `${path}.practicalCapacityHours`,
          message: 'practical capacity must be positive',
        });
      }
      prepared.practicalCapacityHours = hours;
    }
    if (center.fte !== undefined) prepared.fte = nonNegative(center.fte, `${path}.fte`, 'FTE', issues);
    centers.set(center.id, prepared);
  });
  return new Map([...centers].sort(([a], [b]) => compareText(a, b)));
}

function prepareHours(
  raw: CostingCase,
  centers: Map<string, PreparedCenter>,
  issues: CaseIssue[],
): Map<string, Map<string, HoursAtCenter>> {
  // Tens of thousands of rows: sums are kept as exact integer micro-hours in Numbers while they fit,
  // and each field path is only built when a row has a problem.
  const sums = new Map<string, Map<string, HourSum>>();
  raw.clientHours.forEach((row, i) => {
    const center = centers.get(row.costCenter);
    if (center?.kind !== 'production') issues.push(hoursCenterIssue(row.costCenter, center, i));
    let atCenter = sums.get(row.costCenter);
    if (!atCenter) sums.set(row.costCenter, (atCenter = new Map()));
    let sum = atCenter.get(row.product);
    if (!sum) atCenter.set(row.product, (sum = new HourSum()));
    if (!sum.add(row.direct, row.indirect)) {
      hoursOf(row.direct, `clientHours[${i}].direct`, issues);
      hoursOf(row.indirect, `clientHours[${i}].indirect`, issues);
    }
  });
  return new Map(
    [...sums]
      .sort(([a], [b]) => compareText(a, b))
      .map(([center, products]) => [
        center,
        new Map(
          [...products].sort(([a], [b]) => compareText(a, b)).map(([product, sum]) => [product, sum.total()]),
        ),
      ]),
  );
}

function hoursCenterIssue(id: string, center: PreparedCenter | undefined, row: number): CaseIssue {
  const path = `clientHours[${row}].costCenter`;
  if (!center) return { path, message: `unknown cost center "${id}"` };
  return { path, message: `client hours are recorded at production centers; "${id}" is a support center` };
}

function hoursOf(value: DecimalInput, path: string, issues: CaseIssue[]): Exact {
  return nonNegative(value, path, 'hours', issues);
}

function prepareKeys(
  inputs: AllocationKeyInput[],
  centers: Map<string, PreparedCenter>,
  issues: CaseIssue[],
): Map<string, PreparedKey> {
  const keys = new Map<string, PreparedKey>();
  inputs.forEach((key, i) => {
    const path = `allocationKeys[${i}]`;
    const from = centers.get(key.from);
    if (!from) issues.push({ path: `${path}.from`, message: `unknown cost center "${key.from}"` });
    else if (from.kind !== 'support') {
      issues.push({
        path: `${path}.from`,
        message: `"${key.from}" is a production center; only support centers have keys`,
      });
    }
    if (keys.has(key.from))
      issues.push({ path: `${path}.from`, message: `support center "${key.from}" has two keys` });
    keys.set(key.from, prepareKey(key, path, centers, issues));
  });
  for (const center of centers.values()) {
    if (center.kind === 'support' && !keys.has(center.id)) {
      issues.push({ path: 'allocationKeys', message: `support center "${center.id}" has no allocation key` });
    }
  }
  if ([...keys.values()].some((key) => key.basis === 'fte') && ![...centers.values()].some((c) => c.fte)) {
    issues.push({ path: 'allocationKeys', message: 'a key uses basis "fte" but no cost center has an fte' });
  }
  return keys;
}

function prepareKey(
  key: AllocationKeyInput,
  path: string,
  centers: Map<string, PreparedCenter>,
  issues: CaseIssue[],
): PreparedKey {
  if ((key.shares === undefined) === (key.basis === undefined)) {
    issues.push({ path, message: 'a key needs either "shares" or "basis" (and not both)' });
    return { from: key.from };
  }
  if (key.basis) return { from: key.from, basis: key.basis };
  const shares = new Map<string, Exact>();
  for (const [to, value] of Object.entries(key.shares ?? {})) {
    const sharePath = `${path}.shares.${to}`;
    if (!centers.has(to)) {
      issues.push({
        path: `${path}.shares`,
        message: `support center "${key.from}" allocates to unknown center "${to}"`,
      });
    }
    const share = nonNegative(value, sharePath, 'a share', issues);
    if (to !== key.from) shares.set(to, share);
  }
  if (![...shares.values()].some((share) => share > ZERO)) {
    issues.push({ path: `${path}.shares`, message: `all shares of support center "${key.from}" are zero` });
  }
  return { from: key.from, shares: new Map([...shares].sort(([a], [b]) => compareText(a, b))) };
}

function prepareLines(
  inputs: CostLineInput[],
  centers: Map<string, PreparedCenter>,
  rulesRoute: boolean,
  issues: CaseIssue[],
): PreparedLine[] {
  const lines = inputs.map((line, i): PreparedLine => {
    const path = `costLines[${i}]`;
    const amount = exactOf(line.amount, `${path}.amount`, issues);
    if (decimalPlaces(line.amount) > 2) {
      issues.push({
        path: `${path}.amount`,
        message: `${line.amount} has more than two decimals (euros and cents)`,
      });
    }
    if (!centers.has(line.costCenter) && !rulesRoute && line.exclude === undefined) {
      issues.push({ path: `${path}.costCenter`, message: `unknown cost center "${line.costCenter}"` });
    }
    const { costCenter, account, exclude, tags, costCenterName, accountName, attributes } = line;
    return { costCenter, account, amount, exclude, tags, costCenterName, accountName, attributes };
  });
  const keyed = lines.map((line) => ({ line, key: JSON.stringify(lineIdentity(line)) }));
  keyed.sort((a, b) => compareText(a.key, b.key));
  return keyed.map(({ line }) => line);
}

/** The line as plain JSON in a fixed key order, for canonical ordering and hashing. */
export function lineIdentity(line: PreparedLine): Record<string, unknown> {
  return { ...line, amount: toText(line.amount), attributes: line.attributes && sortKeys(line.attributes) };
}

function prepareStepOrder(
  raw: CostingCase,
  centers: Map<string, PreparedCenter>,
  issues: CaseIssue[],
): string[] {
  const supports = raw.costCenters.filter((c) => c.kind === 'support').map((c) => c.id);
  const order = raw.stepOrder ?? supports;
  const seen = new Set<string>();
  order.forEach((id, i) => {
    const center = centers.get(id);
    if (!center) issues.push({ path: `stepOrder[${i}]`, message: `unknown cost center "${id}"` });
    else if (center.kind !== 'support')
      issues.push({ path: `stepOrder[${i}]`, message: `"${id}" is not a support center` });
    if (seen.has(id)) issues.push({ path: `stepOrder[${i}]`, message: `"${id}" appears twice` });
    seen.add(id);
  });
  const missing = supports.filter((id) => !seen.has(id));
  if (missing.length > 0) {
    issues.push({
      path: 'stepOrder',
      message: `missing support centers: ${missing.map((id) => `"${id}"`).join(', ')}`,
    });
  }
  return order;
}

function preparePriceStep(raw: CostingCase, issues: CaseIssue[]): Exact {
  if (raw.rounding?.price === undefined) return CENT;
  const step = exactOf(raw.rounding.price, 'rounding.price', issues);
  if (step <= ZERO)
    issues.push({ path: 'rounding.price', message: 'the price rounding step must be positive' });
  return step > ZERO ? step : CENT;
}
