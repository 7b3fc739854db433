import type { Exact } from '../exact.js';

// Step 2 of the method: support centers' costs move to other centers. One file per method.

export interface SupportInput {
  supportIds: string[];
  productionIds: string[];
  stepOrder: string[];
  ownCost: Map<string, Exact>;
  /** from → to → share (self-shares already removed; only positive shares). */
  shares: Map<string, Map<string, Exact>>;
}

export interface Flow {
  from: string;
  to: string;
  amount: Exact;
}

export interface SupportAllocation {
  flows: Flow[];
  /** Each support center's total: own cost plus what it received. */
  totals: Map<string, Exact>;
  /** Support centers whose total had nowhere to go. */
  stranded: { costCenter: string; amount: Exact; reason: string }[];
}

export type SupportAllocator = (input: SupportInput) => SupportAllocation;

export function emptyAllocation(): SupportAllocation {
  return { flows: [], totals: new Map(), stranded: [] };
}
