import type { PriceHistoryQueryDto } from '../dto/price-query.dto.js';
import { SqlParams } from './sql-params.js';

export interface PriceHistoryRow {
  product: string;
  product_name: string | null;
  year: number;
  cost_version: string;
  scenario: string;
  source: string;
  run_id: string;
  finished_at: Date;
  output_hash: string;
  price_list_version: string | null;
  client_hours: string;
  cost: string;
  price: string | null;
  price_change: string | null;
}

/**
 * Each product's price, cost and hours per year and cost version with the run behind them: the latest
 * successful run of each (year, cost version), or every successful run. `source` and
 * `price_list_version` are the seam for issue 4's price lists (a locked list's version then shows here).
 */
export function priceHistorySql(query: PriceHistoryQueryDto) {
  const params = new SqlParams();
  const runFilter = ["r.status = 'succeeded'", `r.scenario = ${params.add(query.scenario ?? 'base')}`];
  if (query.costVersion !== undefined) runFilter.push(`r.cost_version = ${params.add(query.costVersion)}`);
  if (query.fromYear !== undefined) runFilter.push(`r.year >= ${params.add(query.fromYear)}`);
  if (query.toYear !== undefined) runFilter.push(`r.year <= ${params.add(query.toYear)}`);
  const productFilter = ['true'];
  if (query.product !== undefined) productFilter.push(`x.product_code = ${params.add(query.product)}`);
  if (query.serviceArea !== undefined) productFilter.push(`a.code = ${params.add(query.serviceArea)}`);
  const latestOnly = (query.runs ?? 'latest') === 'latest';
  const sql = `
    WITH runs AS (
      SELECT ${latestOnly ? 'DISTINCT ON (r.year, r.cost_version)' : ''}
             r.id, r.year, r.cost_version, r.scenario, r.finished_at, r.output_hash
        FROM calculation_runs r
       WHERE ${runFilter.join(' AND ')}
       ORDER BY r.year, r.cost_version, r.finished_at DESC
    )
    SELECT x.product_code AS product, p.name_fi AS product_name, r.year, r.cost_version, r.scenario,
           'run' AS source, r.id AS run_id, r.finished_at, r.output_hash, NULL::text AS price_list_version,
           round(x.client_hours, 2)::text AS client_hours, x.cost::text, x.price_per_hour::text AS price,
           (x.price_per_hour - lag(x.price_per_hour) OVER (
              PARTITION BY x.product_code, r.cost_version ORDER BY r.year, r.finished_at))::text AS price_change
      FROM runs r
      JOIN run_product_results x ON x.run_id = r.id
      LEFT JOIN service_products p ON p.code = x.product_code
      LEFT JOIN service_areas a ON a.id = p.service_area_id
     WHERE ${productFilter.join(' AND ')}
     ORDER BY x.product_code, r.cost_version, r.year, r.finished_at`;
  return { sql, params };
}
