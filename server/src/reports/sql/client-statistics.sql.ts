import { DomainError } from '../../common/errors/domain-error.js';
import type { Period, PeriodUnit } from '../period.js';
import { bucketOf, periodLabel, recordConditions, type RecordFilter } from './record-filter.js';
import { SqlParams } from './sql-params.js';

export interface ClientStatisticsRow {
  period: string | null;
  product: string | null;
  product_name: string | null;
  clients: number;
}

/** A bigint holds one bit per period. */
const MAX_PERIODS = 63;

/**
 * Distinct clients per period and product, per period over all products, and over the whole range.
 * One scan reduces the records to one row per product and client with a bit per period in which the
 * client had client work (bit_or); the counts come from those few rows. Hashing every (period, product,
 * client) triple instead costs three times as much on a year of a million records.
 */
export function clientStatisticsSql(unit: PeriodUnit, filter: RecordFilter) {
  const params = new SqlParams();
  const starts = periodStarts(unit, filter.period);
  if (starts.length > MAX_PERIODS) {
    const message = `a range of more than ${MAX_PERIODS} periods: choose a longer period (quarter or year)`;
    throw new DomainError('VALIDATION_FAILED', `period: ${message}`, { period: message });
  }
  const bounds = `${params.add(starts)}::date[]`;
  const sql = `
    WITH masks AS MATERIALIZED (
      SELECT t.product_code AS product, t.client_key,
             bit_or(1::bigint << (width_bucket(t.record_date, ${bounds}) - 1)) AS mask
        FROM time_records t
       WHERE ${recordConditions(filter, params)}
       GROUP BY 1, 2
    ), clients AS MATERIALIZED (
      SELECT client_key, bit_or(mask) AS mask FROM masks GROUP BY 1
    ), periods AS (
      SELECT start AS period, (n - 1)::int AS bit FROM unnest(${bounds}) WITH ORDINALITY AS p(start, n)
    ), counts AS (
      SELECT p.period, m.product, count(*)::int AS clients
        FROM masks m JOIN periods p ON m.mask & (1::bigint << p.bit) <> 0
       GROUP BY 1, 2
      UNION ALL
      SELECT p.period, NULL, count(*)::int
        FROM clients c JOIN periods p ON c.mask & (1::bigint << p.bit) <> 0
       GROUP BY 1
      UNION ALL
      SELECT NULL, NULL, count(*)::int FROM clients
    )
    SELECT ${periodLabel(unit, 'k.period')} AS period, k.product, p.name_fi AS product_name, k.clients
      FROM counts k
      LEFT JOIN service_products p ON p.code = k.product
     ORDER BY k.period NULLS LAST, k.product NULLS FIRST`;
  return { sql, params };
}

/** The first day of every period the range touches, in order. */
export function periodStarts(unit: PeriodUnit, range: Period): string[] {
  const starts: string[] = [];
  const step = { month: 1, quarter: 3, year: 12 }[unit];
  let [year, month] = bucketOf(unit, range.from).split('-').map(Number);
  for (;;) {
    const start = `${year}-${String(month).padStart(2, '0')}-01`;
    if (start > range.to || starts.length > MAX_PERIODS) return starts;
    starts.push(start);
    month += step;
    if (month > 12) [year, month] = [year + Math.floor((month - 1) / 12), ((month - 1) % 12) + 1];
  }
}
