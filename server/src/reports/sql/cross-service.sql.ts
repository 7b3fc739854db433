import { recordConditions, type RecordFilter } from './record-filter.js';
import { SqlParams } from './sql-params.js';

export interface CrossServiceRow {
  home: string | null;
  home_name: string | null;
  product: string;
  minutes: string;
}

const HOME = {
  costCenter: { key: 'c.code', name: 'c.name' },
  serviceArea: { key: 'a.code', name: 'a.name_fi' },
};

/**
 * Minutes per home unit and product in one scan: the home unit is the record's cost center (the unit the
 * worker records under, whose cost the run allocates by these hours) or that center's service area.
 */
export function crossServiceSql(home: keyof typeof HOME, filter: RecordFilter) {
  const params = new SqlParams();
  const sql = `
    WITH hours AS (
      SELECT t.cost_center_code AS center, t.product_code AS product, sum(t.minutes) AS minutes
        FROM time_records t
       WHERE ${recordConditions(filter, params)}
       GROUP BY 1, 2
    )
    SELECT ${HOME[home].key} AS home, max(${HOME[home].name}) AS home_name, h.product,
           sum(h.minutes)::text AS minutes
      FROM hours h
      LEFT JOIN cost_centers c ON c.code = h.center
      LEFT JOIN service_areas a ON a.id = c.service_area_id
     GROUP BY 1, 3
     ORDER BY 1 NULLS LAST, 3`;
  return { sql, params };
}
