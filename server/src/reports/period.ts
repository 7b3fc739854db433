import { DomainError } from '../common/errors/domain-error.js';

export interface Period {
  /** First day, inclusive ("2025-01-01"). */
  from: string;
  /** Last day, inclusive. */
  to: string;
}

export interface PeriodQuery {
  year?: number;
  from?: string;
  to?: string;
}

export type PeriodUnit = 'month' | 'quarter' | 'year';

/** A year, or a date range with both ends: exactly one of them. */
export function resolvePeriod(query: PeriodQuery): Period {
  const range = query.from !== undefined || query.to !== undefined;
  if (query.year !== undefined && range) {
    throw invalid('year', 'give either a year or a date range (from, to), not both');
  }
  if (query.year !== undefined) return { from: `${query.year}-01-01`, to: `${query.year}-12-31` };
  if (query.from === undefined || query.to === undefined) {
    throw invalid(query.from === undefined ? 'from' : 'to', 'give a year, or both from and to');
  }
  if (query.from > query.to) throw invalid('to', 'must not be before from');
  return { from: query.from, to: query.to };
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `${field}: ${message}`, { [field]: message });
}

/** The calendar years the period touches. */
export function yearsOf(period: Period): number[] {
  const first = Number(period.from.slice(0, 4));
  const last = Number(period.to.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Days of the period within a year, and the days of that year. */
export function daysInYear(period: Period, year: number): { inPeriod: number; inYear: number } {
  const from = period.from > `${year}-01-01` ? period.from : `${year}-01-01`;
  const to = period.to < `${year}-12-31` ? period.to : `${year}-12-31`;
  return {
    inPeriod: Math.max(0, dayNumber(to) - dayNumber(from) + 1),
    inYear: dayNumber(`${year}-12-31`) - dayNumber(`${year}-01-01`) + 1,
  };
}

function dayNumber(iso: string): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000
  );
}
