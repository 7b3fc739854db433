import type { AllocationMethod, ClassificationRule, CostCenterKind, KeyBasis } from './costing-case.js';
import type { Exact } from './exact.js';

// The validated case in the engine's own terms: exact numbers, canonical order, defaults resolved.

export interface PreparedCenter {
  id: string;
  kind: CostCenterKind;
  practicalCapacityHours?: Exact;
  fte?: Exact;
}

export interface PreparedLine {
  costCenter: string;
  account: string;
  amount: Exact;
  exclude?: string;
  tags?: string[];
  costCenterName?: string;
  accountName?: string;
  attributes?: Record<string, string>;
}

export interface PreparedKey {
  from: string;
  basis?: KeyBasis;
  shares?: Map<string, Exact>;
}

export interface HoursAtCenter {
  direct: Exact;
  indirect: Exact;
}

export interface PreparedCase {
  name?: string;
  method: AllocationMethod;
  /** Step-down order (every support center once); empty for the other methods. */
  stepOrder: string[];
  /** All centers, sorted by id. */
  centers: Map<string, PreparedCenter>;
  supportIds: string[];
  productionIds: string[];
  /** Lines sorted into canonical order. */
  lines: PreparedLine[];
  keys: Map<string, PreparedKey>;
  /** center → product → hours; products sorted by id. */
  hours: Map<string, Map<string, HoursAtCenter>>;
  rules: ClassificationRule[];
  priceStep: Exact;
}
