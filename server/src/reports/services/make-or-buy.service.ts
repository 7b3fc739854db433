import { Inject, Injectable } from '@nestjs/common';
import { Decimal } from 'decimal.js';
import { DataSource } from 'typeorm';
import type { MakeOrBuyQueryDto } from '../dto/price-query.dto.js';
import { PRICE_SOURCE, type PriceSource } from '../prices/price-source.js';
import { statedFilters } from '../query-filter.js';
import type { Report } from '../report.js';
import { comparisonSql, type ComparisonRow } from '../sql/make-or-buy.sql.js';
import { reportQuery } from '../sql/report-query.js';

const difference = (own: string | undefined, other: string | null) =>
  own === undefined || other === null ? null : new Decimal(own).minus(other).toFixed(2);

const percentOf = (own: string | undefined, other: string | null) =>
  own === undefined || other === null || new Decimal(other).isZero()
    ? null
    : new Decimal(own)
        .minus(other)
        .times(100)
        .dividedBy(other)
        .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
        .toFixed(2);

/** Own price against other units' prices of the same product and against buying the service. */
@Injectable()
export class MakeOrBuyService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(PRICE_SOURCE) private readonly prices: PriceSource,
  ) {}

  async report(query: MakeOrBuyQueryDto): Promise<Report> {
    const choice = { costVersion: query.costVersion ?? 'TP', scenario: query.scenario ?? 'base' };
    const own = await this.prices.pricesForYear(query.year, choice);
    const ownPrices = own?.prices ?? new Map<string, string>();
    const { sql, params } = comparisonSql(query, [...ownPrices.keys()]);
    const rows = await reportQuery<ComparisonRow>(this.dataSource, sql, params);
    return {
      report: 'make-or-buy',
      title: `Hintavertailu ${query.year}`,
      filters: { ...statedFilters(query), ...choice },
      priceSources: own ? [own.origin] : [],
      columns: [
        { key: 'product', label: 'Tuote', type: 'text' },
        { key: 'productName', label: 'Tuotteen nimi', type: 'text' },
        { key: 'ownPrice', label: 'Oma hinta €/h', type: 'money' },
        { key: 'referenceCount', label: 'Vertailuhintoja', type: 'integer' },
        { key: 'referenceMin', label: 'Vertailu min €/h', type: 'money' },
        { key: 'referenceMedian', label: 'Vertailu mediaani €/h', type: 'money' },
        { key: 'referenceMax', label: 'Vertailu max €/h', type: 'money' },
        { key: 'ownMinusMedian', label: 'Oma − mediaani €/h', type: 'money' },
        { key: 'ownVsMedian', label: 'Oma vs. mediaani %', type: 'percent' },
        { key: 'purchasedPrice', label: 'Ostopalvelu halvin €/h', type: 'money' },
        { key: 'purchasedSupplier', label: 'Palveluntuottaja', type: 'text' },
        { key: 'ownMinusPurchased', label: 'Oma − ostopalvelu €/h', type: 'money' },
        { key: 'ownVsPurchased', label: 'Oma vs. ostopalvelu %', type: 'percent' },
      ],
      rows: rows.map((r) => {
        const price = ownPrices.get(r.product);
        return {
          product: r.product,
          productName: r.product_name,
          ownPrice: price ?? null,
          referenceCount: r.reference_count,
          referenceMin: r.reference_min,
          referenceMedian: r.reference_median,
          referenceMax: r.reference_max,
          ownMinusMedian: difference(price, r.reference_median),
          ownVsMedian: percentOf(price, r.reference_median),
          purchasedPrice: r.purchased_min,
          purchasedSupplier: r.purchased_supplier,
          ownMinusPurchased: difference(price, r.purchased_min),
          ownVsPurchased: percentOf(price, r.purchased_min),
        };
      }),
      notes: [
        own
          ? 'Own price: the latest successful run of the year for the cost version (see price sources).'
          : `No successful run of ${query.year} ${choice.costVersion}: own prices are empty.`,
        'A positive difference means own production costs more per hour than the comparison.',
      ],
    };
  }
}
