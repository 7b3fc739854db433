import type { WorkingTimeDimension } from '../dto/working-time-query.dto.js';
import { recordConditions, workerConditions, type RecordFilter } from './record-filter.js';
import { SqlParams } from './sql-params.js';

export type WorkingTimeKey = WorkingTimeDimension | 'client';

interface DimensionSql {
  /** The time-record column the scan groups by (one column: the cheapest aggregate). */
  record: string;
  /** The row key from the scan's key `h.k`, with joins to reach it. */
  key: string;
  joins: string;
  /** Name of a key. */
  name: { table: string; column: string } | undefined;
  /** The key of a registered worker's paid time (`w`, `wc`, `wr`), where paid time belongs to rows. */
  paid: string | undefined;
}

const DIMENSIONS: Record<WorkingTimeKey, DimensionSql> = {
  worker: {
    record: 't.worker_code',
    key: 'h.k',
    joins: '',
    name: { table: 'workers', column: 'n.name' },
    paid: 'w.code',
  },
  costCenter: {
    record: 't.cost_center_code',
    key: 'h.k',
    joins: '',
    name: { table: 'cost_centers', column: 'n.name' },
    paid: 'wc.code',
  },
  region: {
    record: 't.cost_center_code',
    key: 'r.code',
    joins: 'LEFT JOIN cost_centers c ON c.code = h.k LEFT JOIN regions r ON r.id = c.region_id',
    name: { table: 'regions', column: 'n.name' },
    paid: 'wr.code',
  },
  serviceArea: {
    record: 't.product_code',
    key: 'a.code',
    joins:
      'LEFT JOIN service_products p ON p.code = h.k LEFT JOIN service_areas a ON a.id = p.service_area_id',
    name: { table: 'service_areas', column: 'n.name_fi' },
    paid: undefined,
  },
  product: {
    record: 't.product_code',
    key: 'h.k',
    joins: '',
    name: { table: 'service_products', column: 'n.name_fi' },
    paid: undefined,
  },
  client: { record: 't.client_key', key: 'h.k', joins: '', name: undefined, paid: undefined },
};

export interface WorkingTimeRow {
  total: boolean;
  key: string | null;
  name: string | null;
  direct_hours: string;
  indirect_hours: string;
  client_hours: string;
  direct_share: string | null;
  paid_hours: string | null;
  client_work_share: string | null;
}

/**
 * Direct and indirect minutes per key in one scan of the period's records, rolled up to the dimension,
 * next to the paid hours of the registered workers the row stands for; the last row is the total.
 */
export function workingTimeSql(by: WorkingTimeKey, filter: RecordFilter, paidPerFte: string | null) {
  const d = DIMENSIONS[by];
  const params = new SqlParams();
  const perFte = `${params.add(paidPerFte)}::numeric`;
  const rows = d.paid
    ? `SELECT coalesce(g.key, p.key) AS key, coalesce(g.direct, 0) AS direct,
              coalesce(g.indirect, 0) AS indirect, p.fte
         FROM grouped g FULL JOIN paid p ON p.key = g.key`
    : 'SELECT key, direct, indirect, NULL::numeric AS fte FROM grouped';
  const sql = `
    WITH hours AS (
      SELECT ${d.record} AS k,
             coalesce(sum(t.minutes) FILTER (WHERE t.kind = 'direct'), 0) AS direct,
             coalesce(sum(t.minutes) FILTER (WHERE t.kind = 'indirect'), 0) AS indirect
        FROM time_records t
       WHERE ${recordConditions(filter, params)}
       GROUP BY 1
    ), grouped AS (
      SELECT ${d.key} AS key, sum(h.direct) AS direct, sum(h.indirect) AS indirect
        FROM hours h ${d.joins}
       GROUP BY 1
    ), paid AS (
      SELECT ${d.paid ?? 'NULL::text'} AS key, sum(w.fte) AS fte
        FROM workers w
        LEFT JOIN cost_centers wc ON wc.id = w.cost_center_id
        LEFT JOIN regions wr ON wr.id = wc.region_id
       WHERE ${workerConditions(filter, params)}
       GROUP BY 1
    ), x AS (${rows}
    ), shown AS (
      SELECT false AS total, x.* FROM x
      UNION ALL
      SELECT true, NULL, coalesce(sum(direct), 0), coalesce(sum(indirect), 0), (SELECT sum(fte) FROM paid) FROM x
    )
    SELECT s.total, s.key, ${d.name ? d.name.column : 'NULL::text'} AS name,
           round(s.direct / 60, 2)::text AS direct_hours,
           round(s.indirect / 60, 2)::text AS indirect_hours,
           round((s.direct + s.indirect) / 60, 2)::text AS client_hours,
           CASE WHEN s.direct + s.indirect > 0
                THEN round(100 * s.direct / (s.direct + s.indirect), 2)::text END AS direct_share,
           round(s.fte * ${perFte}, 2)::text AS paid_hours,
           CASE WHEN s.fte * ${perFte} > 0
                THEN round(100 * (s.direct + s.indirect) / 60 / (s.fte * ${perFte}), 2)::text END
             AS client_work_share
      FROM shown s
      ${d.name ? `LEFT JOIN ${d.name.table} n ON n.code = s.key AND NOT s.total` : ''}
     ORDER BY s.total, s.key COLLATE "C" NULLS LAST`;
  return { sql, params };
}
