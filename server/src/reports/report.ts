import type { ExportTable } from '../exports/export-table.js';
import type { PriceOrigin } from './prices/price-source.js';

export type ReportName =
  | 'working-time'
  | 'worker-working-time'
  | 'cross-service-time'
  | 'focus-areas'
  | 'client-statistics'
  | 'client-cost'
  | 'billing-statement'
  | 'special-compensation'
  | 'price-composition'
  | 'price-history'
  | 'make-or-buy'
  | 'price-list';

export type FilterValue = string | number | boolean | undefined;

/**
 * What every report answers: a typed table (what the exports write) with the filters it was computed
 * for, the period, where its prices came from, and notes a reader needs (e.g. what a share means).
 */
export interface Report extends ExportTable {
  report: ReportName;
  filters: Record<string, FilterValue>;
  period?: { from: string; to: string };
  priceSources?: PriceOrigin[];
  notes: string[];
}

/** What the caller may see (from the signed-in user: report-scope.ts); services enforce it. */
export interface ReportScope {
  /** Only this worker's time records, whatever the filters say (a `worker`). */
  readonly onlyWorker?: string;
  /** May see client keys (finance, auditor). */
  readonly clientLevel: boolean;
}

/** Everything: for the command line and benchmarks, never for an HTTP caller. */
export const FULL_ACCESS: ReportScope = Object.freeze({ clientLevel: true });
