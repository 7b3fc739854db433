import type { ClientCostLevel } from '../dto/client-cost-query.dto.js';
import type { PeriodUnit } from '../period.js';
import { periodLabel, periodStart, recordConditions, type RecordFilter } from './record-filter.js';
import { SqlParams } from './sql-params.js';

export interface PriceRow {
  year: number;
  product: string;
  price: string;
}

export interface ClientCostRow {
  period: string;
  municipality: string | null;
  client_key: string | null;
  product: string | null;
  /** Exact minutes, for the totals. */
  minutes: string;
  hours: string;
  price: string | null;
  /** Null when a line of the row has no price. */
  cost: string | null;
}

export interface ClientCostShape {
  unit: PeriodUnit;
  level: ClientCostLevel;
  /** Billing: one statement per home municipality. */
  byMunicipality: boolean;
}

/**
 * Client work priced per line: minutes per period, client and product in one scan (grouped by nothing
 * more: a period that covers the whole range and an unused municipality are constants), × the year's
 * price per hour, rounded to the cent per line. Clients and products are sums of their lines, so every
 * level adds up to the same total.
 */
export function clientCostSql(shape: ClientCostShape, filter: RecordFilter, prices: PriceRow[]) {
  const params = new SqlParams();
  const priceTable =
    `SELECT * FROM unnest(${params.add(prices.map((p) => p.year))}::int[], ` +
    `${params.add(prices.map((p) => p.product))}::text[], ${params.add(prices.map((p) => p.price))}::numeric[]) ` +
    'AS p(year, product, price)';
  const period = periodStart(shape.unit, 't.record_date', filter.period);
  const perRecord = period.startsWith('date_trunc'); // else one constant period for the whole range
  const keys = [
    ...(perRecord ? [`${period} AS period`] : []),
    ...(shape.byMunicipality ? ['t.home_municipality AS municipality'] : []),
    't.client_key',
    't.product_code AS product',
  ];
  const sql = `
    WITH prices AS (${priceTable}),
    lines AS (
      SELECT ${keys.join(', ')}, sum(t.minutes) AS minutes
        FROM time_records t
       WHERE ${recordConditions(filter, params)}
       GROUP BY ${keys.map((_, i) => i + 1).join(', ')}
    ), priced AS (
      SELECT ${perRecord ? 'l.period' : `${period} AS period`},
             ${shape.byMunicipality ? 'l.municipality' : 'NULL::text AS municipality'},
             l.client_key, l.product, l.minutes, p.price, round(l.minutes * p.price / 60, 2) AS cost
        FROM lines l
        LEFT JOIN prices p ON p.year = extract(year FROM ${perRecord ? 'l.period' : period})::int
                          AND p.product = l.product
    ), shown AS (${levelRows(shape.level)})
    SELECT ${periodLabel(shape.unit, 's.period')} AS period, s.municipality, s.client_key, s.product,
           s.minutes::text, round(s.minutes / 60, 2)::text AS hours, s.price::text, s.cost::text
      FROM shown s
     ORDER BY s.period, s.municipality, s.client_key COLLATE "C", s.product`;
  return { sql, params };
}

/** The lines themselves, or their sums per client or per product (a sum with an unpriced line is null). */
function levelRows(level: ClientCostLevel): string {
  if (level === 'line') return 'SELECT * FROM priced';
  const keys =
    level === 'client' ? 'period, municipality, client_key' : 'period, municipality, product, price';
  const columns =
    level === 'client'
      ? 'period, municipality, client_key, NULL::text AS product, NULL::numeric AS price'
      : 'period, municipality, NULL::text AS client_key, product, price';
  return `SELECT ${columns}, sum(minutes) AS minutes,
                 CASE WHEN bool_and(price IS NOT NULL) THEN sum(cost) END AS cost
            FROM priced
           GROUP BY ${keys}`;
}
