import type { PeriodUnit } from '../period.js';
import { periodLabel, periodStart, recordConditions, type RecordFilter } from './record-filter.js';
import { SqlParams } from './sql-params.js';

export interface FocusAreaRow {
  region: string | null;
  region_name: string | null;
  period: string;
  rank: number;
  product: string;
  product_name: string | null;
  client_hours: string;
  direct_hours: string;
  share: string;
}

/** Client hours per region (of the record's cost center), period and product, ranked within each. */
export function focusAreasSql(unit: PeriodUnit, filter: RecordFilter, top: number | undefined) {
  const params = new SqlParams();
  const conditions = recordConditions(filter, params);
  const limit = `${params.add(top ?? null)}::int`;
  const sql = `
    WITH hours AS (
      SELECT t.cost_center_code AS center, ${periodStart(unit, 't.record_date', filter.period)} AS period,
             t.product_code AS product, sum(t.minutes) AS minutes,
             coalesce(sum(t.minutes) FILTER (WHERE t.kind = 'direct'), 0) AS direct
        FROM time_records t
       WHERE ${conditions}
       GROUP BY 1, 2, 3
    ), regional AS (
      SELECT r.code AS region, max(r.name) AS region_name, h.period, h.product,
             sum(h.minutes) AS minutes, sum(h.direct) AS direct
        FROM hours h
        LEFT JOIN cost_centers c ON c.code = h.center
        LEFT JOIN regions r ON r.id = c.region_id
       GROUP BY 1, 3, 4
    ), ranked AS (
      SELECT g.*, rank() OVER (PARTITION BY region, period ORDER BY minutes DESC) AS rank,
             100 * minutes / sum(minutes) OVER (PARTITION BY region, period) AS share
        FROM regional g
    )
    SELECT k.region, k.region_name, ${periodLabel(unit, 'k.period')} AS period, k.rank::int,
           k.product, p.name_fi AS product_name,
           round(k.minutes / 60, 2)::text AS client_hours, round(k.direct / 60, 2)::text AS direct_hours,
           round(k.share, 2)::text AS share
      FROM ranked k
      LEFT JOIN service_products p ON p.code = k.product
     WHERE ${limit} IS NULL OR k.rank <= ${limit}
     ORDER BY k.region NULLS LAST, k.period, k.rank, k.product`;
  return { sql, params };
}
