import { Inject, Injectable } from '@nestjs/common';
import { Decimal } from 'decimal.js';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import type { ExportColumn, ExportRow } from '../../exports/export-table.js';
import type {
  BillingQueryDto,
  ClientCostQueryDto,
  SpecialCompensationQueryDto,
} from '../dto/client-cost-query.dto.js';
import { yearsOf, type Period } from '../period.js';
import { PRICE_SOURCE, type PriceChoice, type PriceSource, type YearPrices } from '../prices/price-source.js';
import { productNames } from '../product-names.js';
import { recordFilterOf, statedFilters } from '../query-filter.js';
import { requireClientLevel } from '../report-scope.js';
import type { Report, ReportName, ReportScope } from '../report.js';
import {
  clientCostSql,
  type ClientCostRow,
  type ClientCostShape,
  type PriceRow,
} from '../sql/client-cost.sql.js';
import type { RecordFilter } from '../sql/record-filter.js';
import { reportQuery } from '../sql/report-query.js';

export const OWN_MUNICIPALITY_DEFAULT = '179'; // Jyväskylä, the demo organization
export const IMMIGRANT_CLIENT_GROUP = 'maahanmuuttaja';

interface Variant {
  report: ReportName;
  title: string;
  extra: Partial<RecordFilter>;
  byMunicipality: boolean;
  notes: string[];
}

const PRICING_NOTE =
  'Cost = client hours × the price per hour in force for the year, rounded to the cent per period, ' +
  'client and product; client and product totals are sums of those lines.';

/**
 * Client cost (client-level: finance and auditor roles only): client work per pseudonymous client key
 * priced with the prices in force, and its two uses, billing other municipalities and the immigrant
 * special compensation claim. The product never holds identities: the client system maps keys back.
 */
@Injectable()
export class ClientCostService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(PRICE_SOURCE) private readonly prices: PriceSource,
  ) {}

  clientCost(query: ClientCostQueryDto, scope: ReportScope): Promise<Report> {
    return this.build(query, scope, {
      report: 'client-cost',
      title: 'Asiakaskohtaiset kustannukset',
      extra: { clientKey: query.clientKey },
      byMunicipality: false,
      notes: [PRICING_NOTE],
    });
  }

  /** Clients whose home municipality is another organizer's, per municipality: the billing basis. */
  billing(query: BillingQueryDto, scope: ReportScope): Promise<Report> {
    const own = query.ownMunicipality ?? OWN_MUNICIPALITY_DEFAULT;
    return this.build({ ...query, ownMunicipality: own }, scope, {
      report: 'billing-statement',
      title: 'Kuntalaskutuksen erittely',
      extra: { clientKey: query.clientKey, otherThanMunicipality: own, municipality: query.municipality },
      byMunicipality: true,
      notes: [
        PRICING_NOTE,
        `Clients whose home municipality is not ${own} (the organization's own; parameter ownMunicipality). ` +
          'Records without a home municipality are not billed.',
      ],
    });
  }

  /** Clients of the immigrant client group: the basis of the state's special compensation claim. */
  specialCompensation(query: SpecialCompensationQueryDto, scope: ReportScope): Promise<Report> {
    const group = query.clientGroup ?? IMMIGRANT_CLIENT_GROUP;
    return this.build({ ...query, clientGroup: group }, scope, {
      report: 'special-compensation',
      title: 'Erityiskorvaushakemuksen peruste',
      extra: { clientKey: query.clientKey, clientGroup: group },
      byMunicipality: false,
      notes: [PRICING_NOTE, `Client work recorded with the client group "${group}".`],
    });
  }

  private async build(
    query: ClientCostQueryDto & { ownMunicipality?: string; clientGroup?: string },
    scope: ReportScope,
    variant: Variant,
  ): Promise<Report> {
    requireClientLevel(scope);
    const filter = { ...recordFilterOf(query, scope), ...variant.extra };
    const choice = { costVersion: query.costVersion ?? 'TP', scenario: query.scenario ?? 'base' };
    const sheets = await this.pricesOf(filter.period, choice);
    const shape: ClientCostShape = {
      unit: query.period ?? 'year',
      level: query.level ?? 'line',
      byMunicipality: variant.byMunicipality,
    };
    const { sql, params } = clientCostSql(shape, filter, priceRows(sheets));
    const rows = await reportQuery<ClientCostRow>(this.dataSource, sql, params);
    const names = await productNames(this.dataSource);
    const unpriced = rows.filter((row) => row.cost === null).length;
    return {
      report: variant.report,
      title: `${variant.title} ${filter.period.from}–${filter.period.to}`,
      filters: { ...statedFilters(query), period: shape.unit, level: shape.level, ...choice },
      period: filter.period,
      priceSources: sheets.map((s) => s.origin),
      columns: columnsOf(shape),
      rows: rows.map((row) => toValues(row, names)),
      totals: totalsOf(rows),
      notes: unpriced > 0 ? [...variant.notes, unpricedNote(unpriced)] : variant.notes,
    };
  }

  /** The prices of every year of the period; a year without prices is an error, not a zero cost. */
  private async pricesOf(period: Period, choice: PriceChoice): Promise<YearPrices[]> {
    const sheets: YearPrices[] = [];
    for (const year of yearsOf(period)) {
      const sheet = await this.prices.pricesForYear(year, choice);
      if (!sheet) {
        throw new DomainError(
          'NOT_FOUND',
          `There are no prices for ${year}: no successful run of ${year} ${choice.costVersion} ` +
            `(scenario ${choice.scenario}). Calculate the year first or choose another cost version.`,
        );
      }
      sheets.push(sheet);
    }
    return sheets;
  }
}

function priceRows(sheets: YearPrices[]): PriceRow[] {
  return sheets.flatMap((s) =>
    [...s.prices].map(([product, price]) => ({ year: s.origin.year, product, price })),
  );
}

function unpricedNote(rows: number): string {
  return (
    `${rows} row(s) have no price (the product has no price in the year's run): their cost is empty, ` +
    'and so is the total cost.'
  );
}

/** Hours and cost of all rows: sums of the exact minutes and of the rounded line costs. */
function totalsOf(rows: ClientCostRow[]): ExportRow {
  const minutes = rows.reduce((sum, row) => sum.plus(row.minutes), new Decimal(0));
  const priced = rows.every((row) => row.cost !== null);
  const cost = rows.reduce((sum, row) => sum.plus(row.cost ?? 0), new Decimal(0));
  return {
    period: null,
    municipality: null,
    clientKey: null,
    product: null,
    productName: null,
    hours: minutes.dividedBy(60).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
    price: null,
    cost: priced ? cost.toFixed(2) : null,
  };
}

function columnsOf(shape: ClientCostShape): ExportColumn[] {
  const columns: (ExportColumn | false)[] = [
    { key: 'period', label: 'Jakso', type: 'text' },
    shape.byMunicipality && { key: 'municipality', label: 'Kotikunta', type: 'text' },
    shape.level !== 'product' && { key: 'clientKey', label: 'Asiakas (avain)', type: 'text' },
    shape.level !== 'client' && { key: 'product', label: 'Tuote', type: 'text' },
    shape.level !== 'client' && { key: 'productName', label: 'Tuotteen nimi', type: 'text' },
    { key: 'hours', label: 'Asiakastyö h', type: 'hours' },
    shape.level !== 'client' && { key: 'price', label: 'Hinta €/h', type: 'money' },
    { key: 'cost', label: 'Kustannus €', type: 'money' },
  ];
  return columns.filter((c): c is ExportColumn => c !== false);
}

function toValues(row: ClientCostRow, names: Map<string, string>): ExportRow {
  return {
    period: row.period,
    municipality: row.municipality,
    clientKey: row.client_key,
    product: row.product,
    productName: row.product === null ? null : (names.get(row.product) ?? null),
    hours: row.hours,
    price: row.price,
    cost: row.cost,
  };
}
