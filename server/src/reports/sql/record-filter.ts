import type { Period, PeriodUnit } from '../period.js';
import type { SqlParams } from './sql-params.js';

/** Which time records a report reads (resolved from the query and the caller's scope). */
export interface RecordFilter {
  period: Period;
  worker?: string;
  costCenter?: string;
  /** The region of the record's cost center (the organization register). */
  region?: string;
  /** The service area of the record's product. */
  serviceArea?: string;
  product?: string;
  clientKey?: string;
  clientGroup?: string;
  municipality?: string;
  /** Clients whose home municipality is known and is not this one. */
  otherThanMunicipality?: string;
}

/** The WHERE conditions on `time_records t`; the date range lets the BRIN index skip other years. */
export function recordConditions(filter: RecordFilter, params: SqlParams): string {
  const conditions = [
    `t.record_date BETWEEN ${params.add(filter.period.from)}::date AND ${params.add(filter.period.to)}::date`,
  ];
  const add = (value: string | undefined, condition: (placeholder: string) => string) => {
    if (value !== undefined) conditions.push(condition(params.add(value)));
  };
  add(filter.worker, (v) => `t.worker_code = ${v}`);
  add(filter.costCenter, (v) => `t.cost_center_code = ${v}`);
  add(
    filter.region,
    (v) =>
      `t.cost_center_code IN (SELECT c.code FROM cost_centers c JOIN regions r ON r.id = c.region_id WHERE r.code = ${v})`,
  );
  add(
    filter.serviceArea,
    (v) =>
      `t.product_code IN (SELECT p.code FROM service_products p ` +
      `JOIN service_areas a ON a.id = p.service_area_id WHERE a.code = ${v})`,
  );
  add(filter.product, (v) => `t.product_code = ${v}`);
  add(filter.clientKey, (v) => `t.client_key = ${v}`);
  add(filter.clientGroup, (v) => `t.client_groups @> ARRAY[${v}]::text[]`);
  add(filter.municipality, (v) => `t.home_municipality = ${v}`);
  add(filter.otherThanMunicipality, (v) => `t.home_municipality <> ${v}`);
  return conditions.join(' AND ');
}

/**
 * The registered workers whose paid time a report counts (`workers w`, their cost center `wc` and its
 * region `wr`): the worker, cost center and region filters apply; product filters do not, so a share
 * reads "of the paid time of these workers, this much went to these products".
 */
export function workerConditions(filter: RecordFilter, params: SqlParams): string {
  const conditions = ['true'];
  if (filter.worker !== undefined) conditions.push(`w.code = ${params.add(filter.worker)}`);
  if (filter.costCenter !== undefined) conditions.push(`wc.code = ${params.add(filter.costCenter)}`);
  if (filter.region !== undefined) conditions.push(`wr.code = ${params.add(filter.region)}`);
  return conditions.join(' AND ');
}

/**
 * SQL grouping a date column by a period unit (the unit is one of three literals, never user text).
 * When the whole range lies in one period (a year report by year) the period is a constant: no
 * per-record work. Otherwise date_trunc through `timestamp`, not `timestamptz`: no time zone is
 * involved, and per record it costs half as much.
 */
export function periodStart(unit: PeriodUnit, column: string, range?: Period): string {
  if (range && bucketOf(unit, range.from) === bucketOf(unit, range.to))
    return `'${bucketOf(unit, range.from)}'::date`;
  return `date_trunc('${unit}', ${column}::timestamp)::date`;
}

/** The first day of the period an ISO date falls in. */
export function bucketOf(unit: PeriodUnit, date: string): string {
  // Also what makes the constant safe to write into SQL: nothing but digits and dashes gets through.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new TypeError(`Not an ISO date: ${JSON.stringify(date)}`);
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  if (unit === 'year') return `${year}-01-01`;
  const first = unit === 'month' ? month : month - ((month - 1) % 3);
  return `${year}-${String(first).padStart(2, '0')}-01`;
}

/** The label of a period start: "2025-01", "2025-Q1" or "2025". */
export function periodLabel(unit: PeriodUnit, column: string): string {
  const format = { month: 'YYYY-MM', quarter: 'YYYY-"Q"Q', year: 'YYYY' }[unit];
  return `to_char(${column}, '${format}')`;
}
