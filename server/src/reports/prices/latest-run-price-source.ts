import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PriceChoice, PriceSource, YearPrices } from './price-source.js';

interface RunRow {
  id: string;
  finished_at: Date;
  output_hash: string;
}

/** Prices from the latest successful run of the year, cost version and scenario. */
@Injectable()
export class LatestRunPriceSource implements PriceSource {
  constructor(private readonly dataSource: DataSource) {}

  async pricesForYear(year: number, choice: PriceChoice): Promise<YearPrices | undefined> {
    const [run] = await this.dataSource.query<RunRow[]>(
      `SELECT id, finished_at, output_hash FROM calculation_runs
        WHERE year = $1 AND cost_version = $2 AND scenario = $3 AND status = 'succeeded'
        ORDER BY finished_at DESC, created_at DESC LIMIT 1`,
      [year, choice.costVersion, choice.scenario],
    );
    if (!run) return undefined;
    const rows = await this.dataSource.query<{ product_code: string; price: string }[]>(
      `SELECT product_code, price_per_hour::text AS price FROM run_product_results
        WHERE run_id = $1 AND price_per_hour IS NOT NULL`,
      [run.id],
    );
    return {
      origin: {
        kind: 'run',
        year,
        costVersion: choice.costVersion,
        scenario: choice.scenario,
        runId: run.id,
        finishedAt: run.finished_at.toISOString(),
        outputHash: run.output_hash,
      },
      prices: new Map(rows.map((row) => [row.product_code, row.price])),
    };
  }
}
