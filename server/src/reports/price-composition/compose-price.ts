import { Decimal } from 'decimal.js';
import type {
  ClientHoursInput,
  CostingResult,
  LineClassification,
} from '../../costing/domain/costing-case.js';
import { roundToTarget } from './largest-remainder.js';

const Exact = Decimal.clone({ precision: 60 });
type Exact = InstanceType<typeof Exact>;

export type ComponentKind = 'personnel' | 'other' | 'support';

export interface PriceComponent {
  kind: ComponentKind;
  /** The support center, for kind 'support'. */
  center?: string;
  /** Euros of the product's cost; the components add up to the product's cost to the cent. */
  cost: string;
  /** Euros of the price per hour; the parts add up to the price to the cent. */
  pricePart: string;
}

export interface ProductComposition {
  product: string;
  clientHours: string;
  cost: string;
  pricePerHour: string;
  components: PriceComponent[];
}

export type CompositionResult = Pick<
  CostingResult,
  'classification' | 'costCenters' | 'supportAllocations' | 'products'
>;

/** Personnel costs: JHS 192 accounts 40xx–42xx (four digits, or six as in 401000). */
export const isPersonnelAccount = (account: string) => /^4[0-2]\d{2}(\d{2})?$/.test(account);

/**
 * A product's price split by where its cost comes from, from a stored run (see README.md, "Price
 * composition"): at each production center, own personnel cost, own other costs and the flow from each
 * support center; a product takes of each the center's share of its hours there; exact sums are then
 * rounded by largest remainder to the product's cost and price.
 */
export function composePrices(
  result: CompositionResult,
  clientHours: ClientHoursInput[],
): ProductComposition[] {
  const centers = productionCenters(result);
  const hours = hoursAt(clientHours);
  return result.products.map((product) => {
    const exact = new Map<string, Exact>();
    for (const [center, parts] of centers) {
      const atCenter = hours.get(center);
      const own = atCenter?.get(product.product);
      const total = atCenter ? sum([...atCenter.values()]) : new Exact(0);
      if (!own || own.isZero() || total.isZero()) continue;
      for (const [key, amount] of parts)
        exact.set(key, (exact.get(key) ?? new Exact(0)).plus(amount.times(own).dividedBy(total)));
    }
    const keys = orderedKeys(exact);
    const values = keys.map((key) => exact.get(key) ?? new Exact(0));
    const costs = roundToTarget(values, product.cost);
    const priceParts = roundToTarget(values, product.pricePerHour);
    return {
      product: product.product,
      clientHours: product.clientHours,
      cost: product.cost,
      pricePerHour: product.pricePerHour,
      components: keys.map((key, i) => ({
        ...componentOf(key),
        cost: costs[i].toFixed(2),
        pricePart: priceParts[i].toFixed(2),
      })),
    };
  });
}

/** Each production center's cost by component: own personnel, own other, and each support center's flow. */
function productionCenters(result: CompositionResult): Map<string, Map<string, Exact>> {
  const personnel = personnelCost(result.classification ?? []);
  const centers = new Map<string, Map<string, Exact>>();
  for (const center of result.costCenters.filter((c) => c.kind === 'production')) {
    const own = new Exact(center.ownCost);
    const staff = personnel.get(center.id) ?? new Exact(0);
    centers.set(
      center.id,
      new Map([
        ['personnel', staff],
        ['other', own.minus(staff)],
      ]),
    );
  }
  for (const flow of result.supportAllocations) {
    const parts = centers.get(flow.to);
    if (!parts) continue; // a flow between support centers reaches products through the receiving one
    const key = `support:${flow.from}`;
    parts.set(key, (parts.get(key) ?? new Exact(0)).plus(flow.amount));
  }
  return centers;
}

/** Personnel cost placed at each center by classification (kept lines, and assigned or split parts). */
function personnelCost(records: LineClassification[]): Map<string, Exact> {
  const cost = new Map<string, Exact>();
  const add = (center: string, amount: string) =>
    cost.set(center, (cost.get(center) ?? new Exact(0)).plus(amount));
  for (const record of records) {
    if (!isPersonnelAccount(record.account)) continue;
    if (record.outcome === 'kept') add(record.costCenter, record.amount);
    if (record.outcome !== 'assigned' && record.outcome !== 'split') continue;
    for (const [center, amount] of Object.entries(record.to ?? {}))
      if (center !== 'excluded') add(center, amount);
  }
  return cost;
}

function hoursAt(rows: ClientHoursInput[]): Map<string, Map<string, Exact>> {
  const hours = new Map<string, Map<string, Exact>>();
  for (const row of rows) {
    const center = hours.get(row.costCenter) ?? new Map<string, Exact>();
    const h = new Exact(row.direct).plus(row.indirect);
    center.set(row.product, (center.get(row.product) ?? new Exact(0)).plus(h));
    hours.set(row.costCenter, center);
  }
  return hours;
}

const sum = (values: Exact[]) => values.reduce((a, b) => a.plus(b), new Exact(0));

/** Personnel, other, then support centers by code; support centers that give nothing are left out. */
function orderedKeys(exact: Map<string, Exact>): string[] {
  const support = [...exact.keys()].filter((k) => k.startsWith('support:') && !exact.get(k)?.isZero()).sort();
  return ['personnel', 'other', ...support];
}

function componentOf(key: string): Pick<PriceComponent, 'kind' | 'center'> {
  return key.startsWith('support:')
    ? { kind: 'support', center: key.slice('support:'.length) }
    : { kind: key as ComponentKind };
}
