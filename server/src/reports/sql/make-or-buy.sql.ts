import type { MakeOrBuyQueryDto } from '../dto/price-query.dto.js';
import { SqlParams } from './sql-params.js';

export interface ComparisonRow {
  product: string;
  product_name: string | null;
  reference_count: number;
  reference_min: string | null;
  reference_median: string | null;
  reference_max: string | null;
  purchased_count: number;
  purchased_min: string | null;
  purchased_supplier: string | null;
}

/**
 * Reference prices (count, min, exact median, max) and the cheapest purchased hourly price per product
 * for a year, for the products of the catalog that have either. The median is the mean of the middle
 * one or two prices, in numeric (percentile_cont would go through floating point).
 */
export function comparisonSql(query: MakeOrBuyQueryDto, ownProducts: string[]) {
  const params = new SqlParams();
  const year = params.add(query.year);
  const filters = ['true'];
  if (query.product !== undefined) filters.push(`p.code = ${params.add(query.product)}`);
  if (query.serviceArea !== undefined) filters.push(`a.code = ${params.add(query.serviceArea)}`);
  const sql = `
    WITH refs AS (
      SELECT product_code, price,
             row_number() OVER (PARTITION BY product_code ORDER BY price) AS n,
             count(*) OVER (PARTITION BY product_code) AS total
        FROM reference_prices WHERE year = ${year}
    ), ref_stats AS (
      SELECT product_code, max(total)::int AS count, min(price) AS min, max(price) AS max,
             round(avg(price) FILTER (WHERE n IN ((total + 1) / 2, (total + 2) / 2)), 2) AS median
        FROM refs GROUP BY product_code
    ), bought AS (
      SELECT DISTINCT ON (product_code) product_code, supplier, price_per_hour,
             count(*) OVER (PARTITION BY product_code) AS count
        FROM purchased_service_prices WHERE year = ${year}
       ORDER BY product_code, price_per_hour, supplier
    )
    SELECT p.code AS product, p.name_fi AS product_name,
           coalesce(r.count, 0) AS reference_count, r.min::text AS reference_min,
           r.median::text AS reference_median, r.max::text AS reference_max,
           coalesce(b.count, 0)::int AS purchased_count, b.price_per_hour::text AS purchased_min,
           b.supplier AS purchased_supplier
      FROM service_products p
      LEFT JOIN service_areas a ON a.id = p.service_area_id
      LEFT JOIN ref_stats r ON r.product_code = p.code
      LEFT JOIN bought b ON b.product_code = p.code
     WHERE ${filters.join(' AND ')}
       AND (r.product_code IS NOT NULL OR b.product_code IS NOT NULL OR p.code = ANY(${params.add(ownProducts)}::text[]))
     ORDER BY p.code`;
  return { sql, params };
}
