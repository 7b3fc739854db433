// The costing case: the engine's portable input and output (contract: shared/formats/costing-case.md).
// Decimal values arrive as strings (or JSON numbers) and leave as strings.

export type DecimalInput = string | number;
export type AllocationMethod = 'direct' | 'step_down' | 'reciprocal';
export type CostCenterKind = 'production' | 'support';
export type KeyBasis = 'clientHours' | 'fte';

export interface CostCenterInput {
  id: string;
  kind: CostCenterKind;
  name?: string;
  practicalCapacityHours?: DecimalInput;
  fte?: DecimalInput;
}

export interface CostLineInput {
  costCenter: string;
  account: string;
  amount: DecimalInput;
  exclude?: string;
  tags?: string[];
  costCenterName?: string;
  accountName?: string;
  attributes?: Record<string, string>;
}

export interface AllocationKeyInput {
  from: string;
  shares?: Record<string, DecimalInput>;
  basis?: KeyBasis;
  description?: string;
}

export interface ClientHoursInput {
  costCenter: string;
  product: string;
  direct: DecimalInput;
  indirect: DecimalInput;
}

/** A json-rules-engine rule (conditions, event, optional name and priority). */
export interface ClassificationRule {
  name?: string;
  priority?: number;
  conditions: Record<string, unknown>;
  event: { type: string; params?: Record<string, unknown> };
}

export interface CostingCase {
  name?: string;
  method?: AllocationMethod;
  stepOrder?: string[];
  costCenters: CostCenterInput[];
  costLines: CostLineInput[];
  allocationKeys: AllocationKeyInput[];
  clientHours: ClientHoursInput[];
  classificationRules?: ClassificationRule[];
  rounding?: { price?: DecimalInput };
}

export interface CostCenterResult {
  id: string;
  kind: CostCenterKind;
  ownCost: string;
  allocatedIn: string;
  fullCost: string;
  clientHours?: string;
  capacityRate?: string;
  usedCapacityCost?: string;
  unusedCapacityCost?: string;
}

export interface SupportAllocationResult {
  from: string;
  to: string;
  amount: string;
}

export interface ProductResult {
  product: string;
  directHours: string;
  indirectHours: string;
  clientHours: string;
  cost: string;
  pricePerHour: string;
  unusedCapacityCost?: string;
}

export interface ExcludedLineResult {
  costCenter: string;
  account: string;
  amount: string;
  reason: string;
  rule?: string;
}

export interface UnallocatedResult {
  costCenter: string;
  account?: string;
  amount: string;
  reason: string;
}

/** What classification did with one input cost line (lines in canonical order). */
export interface LineClassification {
  costCenter: string;
  account: string;
  amount: string;
  outcome: 'kept' | 'excluded' | 'assigned' | 'split' | 'unclassifiable' | 'unknownCenter';
  rule?: string;
  reason?: string;
  to?: Record<string, string>;
}

export interface ConservationCheck {
  inputTotal: string;
  productCost: string;
  excluded: string;
  unallocated: string;
  difference: string;
}

export interface CostingResult {
  name?: string;
  method: AllocationMethod;
  stepOrder?: string[];
  inputTotal: string;
  costCenters: CostCenterResult[];
  supportAllocations: SupportAllocationResult[];
  products: ProductResult[];
  excluded: ExcludedLineResult[];
  unallocated: UnallocatedResult[];
  classification: LineClassification[];
  check: ConservationCheck;
  inputHash: string;
  outputHash: string;
  engineVersion: string;
}

/** Bump when a change to the engine may change any result for the same input. */
export const ENGINE_VERSION = '1.0.0';
