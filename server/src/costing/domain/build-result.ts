import { roundToTotal, roundToTotalUnits } from './apportion.js';
import { compareText, sha256 } from './canonical-json.js';
import type { ClassifiedLines } from './classification/classify-lines.js';
import {
  ENGINE_VERSION,
  type CostCenterResult,
  type CostingResult,
  type ExcludedLineResult,
  type ProductResult,
  type UnallocatedResult,
} from './costing-case.js';
import {
  CENT,
  centsText,
  decimalPlaces,
  div,
  roundHalfAwayFromZero,
  sum,
  toCentsText,
  toFixedText,
  toText,
  ZERO,
  type Exact,
} from './exact.js';
import type { PreparedCase } from './prepared-case.js';
import type { ProductAllocation } from './product-allocation.js';
import type { SupportAllocation } from './support/support-allocation.js';

export interface Computation {
  prepared: PreparedCase;
  inputHash: string;
  classified: ClassifiedLines;
  ownCost: Map<string, Exact>;
  support: SupportAllocation;
  production: ProductAllocation;
}

interface Unallocated {
  costCenter: string;
  account?: string;
  amount: Exact;
  reason: string;
}

/**
 * Rounds everything to cents so that it adds up: products + unallocated (largest remainder) to the
 * input total less excluded lines; production centers' full costs to the same total; each support
 * center's flows to its own rounded total. Prices are the rounded cost / hours, half away from zero.
 */
export function buildResult(c: Computation): CostingResult {
  const inputTotal = sum(c.prepared.lines.map((line) => line.amount));
  const excludedTotal = sum(c.classified.excluded.map((e) => e.amount));
  const keptTotal = inputTotal - excludedTotal;
  const unallocated = unallocatedItems(c);
  const rounded = roundToTotal(
    [...c.production.products.map((p) => p.cost), ...unallocated.map((u) => u.amount)],
    keptTotal,
    CENT,
  );
  const productCosts = rounded.slice(0, c.production.products.length);
  const unallocatedCosts = rounded.slice(c.production.products.length);
  const productCost = sum(productCosts);
  const unallocatedTotal = sum(unallocatedCosts);

  const withoutHash: Omit<CostingResult, 'outputHash'> = {
    name: c.prepared.name,
    method: c.prepared.method,
    inputTotal: toCentsText(inputTotal),
    costCenters: centerResults(c, keptTotal),
    supportAllocations: flowResults(c.support),
    products: productResults(c, productCosts),
    excluded: excludedResults(c.classified),
    unallocated: unallocated.map((u, i) => unallocatedResult(u, unallocatedCosts[i])),
    check: {
      inputTotal: toCentsText(inputTotal),
      productCost: toCentsText(productCost),
      excluded: toCentsText(excludedTotal),
      unallocated: toCentsText(unallocatedTotal),
      difference: toCentsText(inputTotal - productCost - excludedTotal - unallocatedTotal),
    },
    inputHash: c.inputHash,
    engineVersion: ENGINE_VERSION,
    stepOrder: c.prepared.method === 'step_down' ? c.prepared.stepOrder : undefined,
    classification: c.classified.records,
  };
  const { classification, ...rest } = withoutHash;
  // The builder fixes every key order, so plain JSON is already canonical here.
  return { ...rest, outputHash: sha256(JSON.stringify(withoutHash)), classification };
}

function unallocatedItems(c: Computation): Unallocated[] {
  const items: Unallocated[] = [...c.classified.unplaced, ...c.support.stranded, ...c.production.stranded];
  return items.sort(
    (a, b) =>
      compareText(a.costCenter, b.costCenter) ||
      compareText(a.account ?? '', b.account ?? '') ||
      compareText(a.reason, b.reason) ||
      (a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0),
  );
}

function unallocatedResult(item: Unallocated, amount: Exact): UnallocatedResult {
  return {
    costCenter: item.costCenter,
    account: item.account,
    amount: toCentsText(amount),
    reason: item.reason,
  };
}

function centerResults(c: Computation, keptTotal: Exact): CostCenterResult[] {
  const production = c.production.centers;
  // Production full costs and every unallocated amount together make up the kept total.
  const others = [...c.classified.unplaced, ...c.support.stranded].map((u) => u.amount);
  const fullCosts = roundToTotal([...production.map((p) => p.fullCost), ...others], keptTotal, CENT);
  const rows = new Map<string, CostCenterResult>();
  production.forEach((center, i) => {
    const own = c.ownCost.get(center.id) ?? ZERO;
    const row: CostCenterResult = {
      id: center.id,
      kind: 'production',
      ownCost: toCentsText(own),
      allocatedIn: toCentsText(fullCosts[i] - own),
      fullCost: toCentsText(fullCosts[i]),
      clientHours: toText(center.hours),
    };
    if (center.capacityRate !== undefined && center.unusedCapacityCost !== undefined) {
      const unused = roundHalfAwayFromZero(center.unusedCapacityCost, CENT);
      row.capacityRate = toCentsText(roundHalfAwayFromZero(center.capacityRate, CENT));
      row.usedCapacityCost = toCentsText(fullCosts[i] - unused);
      row.unusedCapacityCost = toCentsText(unused);
    }
    rows.set(center.id, row);
  });
  for (const id of c.prepared.supportIds) rows.set(id, supportCenterRow(c, id));
  return [...rows.values()].sort((a, b) => compareText(a.id, b.id));
}

function supportCenterRow(c: Computation, id: string): CostCenterResult {
  const own = c.ownCost.get(id) ?? ZERO;
  const total = roundHalfAwayFromZero(c.support.totals.get(id) ?? own, CENT);
  return {
    id,
    kind: 'support',
    ownCost: toCentsText(own),
    allocatedIn: toCentsText(total - own),
    fullCost: toCentsText(total),
  };
}

function flowResults(support: SupportAllocation) {
  const byFrom = new Map<string, typeof support.flows>();
  for (const flow of support.flows) {
    const flows = byFrom.get(flow.from) ?? [];
    flows.push(flow);
    byFrom.set(flow.from, flows);
  }
  return [...byFrom].flatMap(([from, flows]) => {
    const total = roundHalfAwayFromZero(support.totals.get(from) ?? ZERO, CENT);
    const cents = roundToTotalUnits(
      flows.map((f) => f.amount),
      total,
      CENT,
    );
    return flows.map((flow, i) => ({ from, to: flow.to, amount: centsText(cents[i]) }));
  });
}

function productResults(c: Computation, costs: Exact[]): ProductResult[] {
  const places = decimalPlaces(toText(c.prepared.priceStep));
  return c.production.products
    .map((product, i): ProductResult | undefined => {
      const hours = product.direct + product.indirect;
      if (hours === ZERO) return undefined;
      const price = roundHalfAwayFromZero(div(costs[i], hours), c.prepared.priceStep);
      return {
        product: product.product,
        directHours: toText(product.direct),
        indirectHours: toText(product.indirect),
        clientHours: toText(hours),
        cost: toCentsText(costs[i]),
        pricePerHour: toFixedText(price, Math.max(places, 0)),
        unusedCapacityCost:
          product.unusedCapacityCost === undefined
            ? undefined
            : toCentsText(roundHalfAwayFromZero(product.unusedCapacityCost, CENT)),
      };
    })
    .filter((p): p is ProductResult => p !== undefined);
}

function excludedResults(classified: ClassifiedLines): ExcludedLineResult[] {
  return classified.excluded.map((e) => ({
    costCenter: e.costCenter,
    account: e.account,
    amount: toCentsText(e.amount),
    reason: e.reason,
    rule: e.rule,
  }));
}
