import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PriceHistoryQueryDto } from '../dto/price-query.dto.js';
import { statedFilters } from '../query-filter.js';
import type { Report } from '../report.js';
import { priceHistorySql, type PriceHistoryRow } from '../sql/price-history.sql.js';
import { reportQuery } from '../sql/report-query.js';

/** Every price a product has had, year by year and cost version by cost version, with its run (auditors). */
@Injectable()
export class PriceHistoryService {
  constructor(private readonly dataSource: DataSource) {}

  async report(query: PriceHistoryQueryDto): Promise<Report> {
    const { sql, params } = priceHistorySql(query);
    const rows = await reportQuery<PriceHistoryRow>(this.dataSource, sql, params);
    return {
      report: 'price-history',
      title: 'Hintahistoria',
      filters: { ...statedFilters(query), scenario: query.scenario ?? 'base', runs: query.runs ?? 'latest' },
      columns: [
        { key: 'product', label: 'Tuote', type: 'text' },
        { key: 'productName', label: 'Tuotteen nimi', type: 'text' },
        { key: 'year', label: 'Vuosi', type: 'integer' },
        { key: 'costVersion', label: 'Kustannusversio', type: 'text' },
        { key: 'clientHours', label: 'Asiakastyö h', type: 'hours' },
        { key: 'cost', label: 'Kustannus €', type: 'money' },
        { key: 'price', label: 'Hinta €/h', type: 'money' },
        { key: 'priceChange', label: 'Muutos edellisestä €/h', type: 'money' },
        { key: 'source', label: 'Lähde', type: 'text' },
        { key: 'runId', label: 'Laskenta-ajo', type: 'text' },
        { key: 'finishedAt', label: 'Laskettu', type: 'text' },
        { key: 'outputHash', label: 'Tulostiiviste', type: 'text' },
        { key: 'priceListVersion', label: 'Hinnaston versio', type: 'text' },
      ],
      rows: rows.map((r) => ({
        product: r.product,
        productName: r.product_name,
        year: r.year,
        costVersion: r.cost_version,
        clientHours: r.client_hours,
        cost: r.cost,
        price: r.price,
        priceChange: r.price_change,
        source: r.source,
        runId: r.run_id,
        finishedAt: r.finished_at.toISOString(),
        outputHash: r.output_hash,
        priceListVersion: r.price_list_version,
      })),
      notes: [
        'Source "run": the price computed by the run; locked price lists (issue 4) will show their version.',
        'Change: against the previous row of the same product and cost version.',
      ],
    };
  }
}
