import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ExportColumn } from '../../exports/export-table.js';
import type { TimeFilterDto } from '../dto/report-query.dto.js';
import type { WorkerViewQueryDto, WorkingTimeQueryDto } from '../dto/working-time-query.dto.js';
import { paidHoursPerFte } from '../paid-hours.js';
import { recordFilterOf, statedFilters } from '../query-filter.js';
import { requireClientLevel } from '../report-scope.js';
import type { Report, ReportScope } from '../report.js';
import { reportQuery } from '../sql/report-query.js';
import { workingTimeSql, type WorkingTimeKey, type WorkingTimeRow } from '../sql/working-time.sql.js';

const KEY_LABELS: Record<WorkingTimeKey, string> = {
  worker: 'Työntekijä',
  costCenter: 'Kustannuspaikka',
  region: 'Alue',
  serviceArea: 'Palvelualue',
  product: 'Tuote',
  client: 'Asiakas (avain)',
};

const HOUR_COLUMNS: ExportColumn[] = [
  { key: 'directHours', label: 'Välitön asiakastyö h', type: 'hours' },
  { key: 'indirectHours', label: 'Välillinen asiakastyö h', type: 'hours' },
  { key: 'clientHours', label: 'Asiakastyö yhteensä h', type: 'hours' },
  { key: 'directShare', label: 'Välittömän osuus %', type: 'percent' },
  { key: 'paidHours', label: 'Palkallinen työaika h', type: 'hours' },
  { key: 'clientWorkShare', label: 'Asiakastyön osuus työajasta %', type: 'percent' },
];

const NOTES = [
  'Hours are client work recorded in the client information system: direct (with the client) and indirect.',
  'Paid hours = FTE of the registered workers the row stands for × net hours per FTE; rows by service ' +
    'area or product have none (paid time is not recorded per product), the total row has them.',
  "A record's region is the region of its cost center in the organization register.",
];

/** Working time: client work by worker, cost center, region, service area or product, against paid time. */
@Injectable()
export class WorkingTimeService {
  constructor(private readonly dataSource: DataSource) {}

  report(query: WorkingTimeQueryDto, scope: ReportScope): Promise<Report> {
    return this.build('working-time', query.by ?? 'worker', query, scope);
  }

  /** One worker's view, by product or by client key (client keys: finance, auditor, the worker). */
  forWorker(worker: string, query: WorkerViewQueryDto, scope: ReportScope): Promise<Report> {
    if (query.by === 'client') requireClientLevel(scope, worker);
    return this.build('worker-working-time', query.by ?? 'product', { ...query, worker }, scope);
  }

  private async build(
    name: Report['report'],
    by: WorkingTimeKey,
    query: TimeFilterDto,
    scope: ReportScope,
  ): Promise<Report> {
    const filter = recordFilterOf(query, scope);
    const paid = await paidHoursPerFte(this.dataSource.manager, filter.period);
    const { sql, params } = workingTimeSql(by, filter, paid.perFte?.toString() ?? null);
    const rows = await reportQuery<WorkingTimeRow>(this.dataSource, sql, params);
    const values = rows.map(toValues);
    return {
      report: name,
      title: `Työaika ${filter.period.from}–${filter.period.to}`,
      filters: { ...statedFilters(query), by },
      period: filter.period,
      columns: [
        { key: 'key', label: KEY_LABELS[by], type: 'text' },
        { key: 'name', label: 'Nimi', type: 'text' },
        ...HOUR_COLUMNS,
      ],
      rows: values.slice(0, -1),
      totals: values.at(-1),
      notes: [...NOTES, ...paid.notes],
    };
  }
}

function toValues(row: WorkingTimeRow) {
  return {
    key: row.key,
    name: row.name,
    directHours: row.direct_hours,
    indirectHours: row.indirect_hours,
    clientHours: row.client_hours,
    directShare: row.direct_share,
    paidHours: row.paid_hours,
    clientWorkShare: row.client_work_share,
  };
}
