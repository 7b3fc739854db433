import { splitExactly } from './apportion.js';
import { compareText } from './canonical-json.js';
import { div, mul, ZERO, type Exact } from './exact.js';
import type { HoursAtCenter, PreparedCase } from './prepared-case.js';
import { centerHours } from './resolve-keys.js';

// Step 3 and 5 of the method: production centers' full cost goes to products by client hours, and
// the capacity view compares it with each center's practical capacity.

export interface ProductionCenterCost {
  id: string;
  ownCost: Exact;
  received: Exact;
  fullCost: Exact;
  hours: Exact;
  capacityRate?: Exact;
  unusedCapacityCost?: Exact;
}

export interface ProductCost {
  product: string;
  direct: Exact;
  indirect: Exact;
  cost: Exact;
  unusedCapacityCost?: Exact;
}

export interface ProductAllocation {
  centers: ProductionCenterCost[];
  products: ProductCost[];
  /** Production centers with cost but no recorded hours. */
  stranded: { costCenter: string; amount: Exact; reason: string }[];
}

export function allocateToProducts(
  prepared: PreparedCase,
  ownCost: Map<string, Exact>,
  received: Map<string, Exact>,
): ProductAllocation {
  const products = new Map<string, ProductCost>();
  const result: ProductAllocation = { centers: [], products: [], stranded: [] };
  for (const id of prepared.productionIds) {
    const center = productionCenterCost(prepared, id, ownCost, received);
    result.centers.push(center);
    if (center.hours === ZERO) {
      if (center.fullCost !== ZERO) {
        result.stranded.push({ costCenter: id, amount: center.fullCost, reason: 'no client hours recorded' });
      }
      continue;
    }
    distribute(prepared, center, products);
  }
  result.products = [...products.values()].sort((a, b) => compareText(a.product, b.product));
  return result;
}

function productionCenterCost(
  prepared: PreparedCase,
  id: string,
  ownCost: Map<string, Exact>,
  received: Map<string, Exact>,
): ProductionCenterCost {
  const own = ownCost.get(id) ?? ZERO;
  const inflow = received.get(id) ?? ZERO;
  const center: ProductionCenterCost = {
    id,
    ownCost: own,
    received: inflow,
    fullCost: own + inflow,
    hours: centerHours(prepared, id),
  };
  const capacity = prepared.centers.get(id)?.practicalCapacityHours;
  if (capacity) {
    center.capacityRate = div(center.fullCost, capacity);
    center.unusedCapacityCost = center.fullCost - mul(center.capacityRate, center.hours);
  }
  return center;
}

function distribute(
  prepared: PreparedCase,
  center: ProductionCenterCost,
  into: Map<string, ProductCost>,
): void {
  const atCenter = [...(prepared.hours.get(center.id) ?? new Map<string, HoursAtCenter>())];
  const weights = atCenter.map(([, h]) => h.direct + h.indirect);
  const costs = splitExactly(center.fullCost, weights);
  const unused =
    center.unusedCapacityCost === undefined ? undefined : splitExactly(center.unusedCapacityCost, weights);
  atCenter.forEach(([product, hours], i) => {
    const entry: ProductCost = into.get(product) ?? { product, direct: ZERO, indirect: ZERO, cost: ZERO };
    entry.direct += hours.direct;
    entry.indirect += hours.indirect;
    entry.cost += costs[i];
    if (unused) entry.unusedCapacityCost = (entry.unusedCapacityCost ?? ZERO) + unused[i];
    into.set(product, entry);
  });
}
