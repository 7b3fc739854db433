import { DomainError } from '../common/errors/domain-error.js';
import type { TimeFilterDto } from './dto/report-query.dto.js';
import { resolvePeriod } from './period.js';
import type { FilterValue, ReportScope } from './report.js';
import type { RecordFilter } from './sql/record-filter.js';

/** The records a query asks for, narrowed to the caller's scope (a worker: only their own). */
export function recordFilterOf(query: TimeFilterDto, scope: ReportScope): RecordFilter {
  if (scope.onlyWorker !== undefined && query.worker !== undefined && query.worker !== scope.onlyWorker) {
    throw new DomainError('FORBIDDEN', 'A worker can see only their own time records');
  }
  return {
    period: resolvePeriod(query),
    worker: scope.onlyWorker ?? query.worker,
    costCenter: query.costCenter,
    region: query.region,
    serviceArea: query.serviceArea,
    product: query.product,
  };
}

/** The query's filters as the report states them (without the output format). */
export function statedFilters(query: object): Record<string, FilterValue> {
  const entries = Object.entries(query).filter(([key, value]) => key !== 'format' && value !== undefined);
  return Object.fromEntries(entries) as Record<string, FilterValue>;
}
