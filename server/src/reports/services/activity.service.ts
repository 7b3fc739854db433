import { Injectable } from '@nestjs/common';
import { Decimal } from 'decimal.js';
import { DataSource } from 'typeorm';
import type { ExportColumn, ExportRow } from '../../exports/export-table.js';
import type { PeriodUnitDto } from '../dto/report-query.dto.js';
import type { CrossServiceQueryDto, FocusAreasQueryDto } from '../dto/working-time-query.dto.js';
import { recordFilterOf, statedFilters } from '../query-filter.js';
import type { Report, ReportScope } from '../report.js';
import { clientStatisticsSql, type ClientStatisticsRow } from '../sql/client-statistics.sql.js';
import { crossServiceSql, type CrossServiceRow } from '../sql/cross-service.sql.js';
import { focusAreasSql, type FocusAreaRow } from '../sql/focus-areas.sql.js';
import { reportQuery } from '../sql/report-query.js';

/** Where client work goes: across services, into which products, and for how many clients. */
@Injectable()
export class ActivityService {
  constructor(private readonly dataSource: DataSource) {}

  /** Home unit × product matrix: hours and each product's share of the unit's client work. */
  async crossService(query: CrossServiceQueryDto, scope: ReportScope): Promise<Report> {
    const filter = recordFilterOf(query, scope);
    const home = query.home ?? 'costCenter';
    const { sql, params } = crossServiceSql(home, filter);
    const matrix = pivot(await reportQuery<CrossServiceRow>(this.dataSource, sql, params));
    return {
      report: 'cross-service-time',
      title: `Palvelualueiden välinen työaika ${filter.period.from}–${filter.period.to}`,
      filters: { ...statedFilters(query), home },
      period: filter.period,
      columns: [
        {
          key: 'home',
          label: home === 'costCenter' ? 'Kotiyksikkö' : 'Kotiyksikön palvelualue',
          type: 'text',
        },
        { key: 'homeName', label: 'Nimi', type: 'text' },
        { key: 'hours', label: 'Asiakastyö yhteensä h', type: 'hours' },
        ...matrix.products.flatMap((product): ExportColumn[] => [
          { key: `${product}:hours`, label: `${product} h`, type: 'hours' },
          { key: `${product}:share`, label: `${product} %`, type: 'percent' },
        ]),
      ],
      rows: matrix.rows,
      totals: matrix.totals,
      notes: [
        "A row is the workers' home unit: the cost center they record under (or its service area); " +
          "a product's % is its share of that unit's client hours (in the total row: of all client hours).",
      ],
    };
  }

  /** The products that take most client work, per region and period. */
  async focusAreas(query: FocusAreasQueryDto, scope: ReportScope): Promise<Report> {
    const filter = recordFilterOf(query, scope);
    const unit = query.period ?? 'month';
    const { sql, params } = focusAreasSql(unit, filter, query.top);
    const rows = await reportQuery<FocusAreaRow>(this.dataSource, sql, params);
    return {
      report: 'focus-areas',
      title: `Painopistealueet ${filter.period.from}–${filter.period.to}`,
      filters: { ...statedFilters(query), period: unit },
      period: filter.period,
      columns: [
        { key: 'region', label: 'Alue', type: 'text' },
        { key: 'regionName', label: 'Alueen nimi', type: 'text' },
        { key: 'period', label: 'Jakso', type: 'text' },
        { key: 'rank', label: 'Sija', type: 'integer' },
        { key: 'product', label: 'Tuote', type: 'text' },
        { key: 'productName', label: 'Tuotteen nimi', type: 'text' },
        { key: 'clientHours', label: 'Asiakastyö h', type: 'hours' },
        { key: 'directHours', label: 'Välitön asiakastyö h', type: 'hours' },
        { key: 'share', label: 'Osuus alueen jakson asiakastyöstä %', type: 'percent' },
      ],
      rows: rows.map((r) => ({
        region: r.region,
        regionName: r.region_name,
        period: r.period,
        rank: r.rank,
        product: r.product,
        productName: r.product_name,
        clientHours: r.client_hours,
        directHours: r.direct_hours,
        share: r.share,
      })),
      notes: ["A record's region is the region of its cost center; rank 1 is the product with most hours."],
    };
  }

  /** Distinct clients per product and period: a statistic, never a basis of cost. */
  async clientStatistics(query: PeriodUnitDto, scope: ReportScope): Promise<Report> {
    const filter = recordFilterOf(query, scope);
    const unit = query.period ?? 'month';
    const { sql, params } = clientStatisticsSql(unit, filter);
    const rows = await reportQuery<ClientStatisticsRow>(this.dataSource, sql, params);
    return {
      report: 'client-statistics',
      title: `Asiakasmäärät ${filter.period.from}–${filter.period.to}`,
      filters: { ...statedFilters(query), period: unit },
      period: filter.period,
      columns: [
        { key: 'period', label: 'Jakso', type: 'text' },
        { key: 'product', label: 'Tuote', type: 'text' },
        { key: 'productName', label: 'Tuotteen nimi', type: 'text' },
        { key: 'clients', label: 'Asiakkaita', type: 'integer' },
      ],
      rows: rows.filter((r) => r.period !== null).map(statisticsRow),
      totals: rows.filter((r) => r.period === null).map(statisticsRow)[0],
      notes: [
        'Distinct clients (pseudonymous keys). A client counts once in each row; the rows without a ' +
          'product count clients of any product, so counts do not add up across rows. Not a cost basis.',
      ],
    };
  }
}

function statisticsRow(row: ClientStatisticsRow): ExportRow {
  return {
    period: row.period,
    product: row.product,
    productName: row.product === null ? 'Kaikki tuotteet' : row.product_name,
    clients: row.clients,
  };
}

interface Matrix {
  products: string[];
  rows: ExportRow[];
  totals: ExportRow;
}

const hours = (minutes: Decimal) =>
  minutes.dividedBy(60).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
const share = (part: Decimal, whole: Decimal) =>
  whole.isZero()
    ? null
    : part.times(100).dividedBy(whole).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

/** Home units as rows, products as column pairs (hours, share); from the aggregated minutes. */
function pivot(cellsIn: CrossServiceRow[]): Matrix {
  const products = [...new Set(cellsIn.map((c) => c.product))].sort();
  const homes = new Map<string | null, { name: string | null; minutes: Map<string, Decimal> }>();
  for (const c of cellsIn) {
    const home = homes.get(c.home) ?? { name: c.home_name, minutes: new Map<string, Decimal>() };
    home.minutes.set(c.product, new Decimal(c.minutes));
    homes.set(c.home, home);
  }
  const line = (minutes: Map<string, Decimal>): ExportRow => {
    const total = [...minutes.values()].reduce((a, b) => a.plus(b), new Decimal(0));
    const row: ExportRow = { hours: hours(total) };
    for (const product of products) {
      const part = minutes.get(product) ?? new Decimal(0);
      row[`${product}:hours`] = hours(part);
      row[`${product}:share`] = share(part, total);
    }
    return row;
  };
  const rows = [...homes].map(([home, h]) => ({ home, homeName: h.name, ...line(h.minutes) }));
  const all = new Map<string, Decimal>();
  for (const c of cellsIn) all.set(c.product, (all.get(c.product) ?? new Decimal(0)).plus(c.minutes));
  return { products, rows, totals: { home: null, homeName: null, ...line(all) } };
}
