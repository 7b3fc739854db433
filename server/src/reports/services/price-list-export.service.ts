import { Injectable, type StreamableFile } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CalculationRun } from '../../calculations/entities/calculation-run.entity.js';
import { RunsService } from '../../calculations/runs.service.js';
import { CONTENT_TYPES, fileName } from '../../exports/export-file.js';
import { priceListDocument, type PriceListAppendix } from '../../exports/pdf/price-list-document.js';
import { renderPdf } from '../../exports/pdf/render-pdf.js';
import type { PriceListExportDto } from '../dto/price-query.dto.js';
import { chooseRun, originOf } from '../prices/run-choice.js';
import { statedFilters } from '../query-filter.js';
import type { Report } from '../report.js';
import { download, respond } from '../respond.js';

export const DEFAULT_ORGANIZATION = 'Demo-organisaatio';

interface ItemRow {
  product: string;
  name: string | null;
  unit: string | null;
  client_hours: string;
  cost: string;
  price: string | null;
}

/**
 * A run's price list as JSON, CSV, XLSX, or PDF (the agreement appendix). Valid from 1 January of the run's
 * year; issue 4 adds the locked price list's own validity, status and approvals (PriceListAppendix).
 */
@Injectable()
export class PriceListExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly runs: RunsService,
  ) {}

  async export(query: PriceListExportDto): Promise<Report | StreamableFile> {
    const run = await chooseRun(this.runs, query);
    const items = await this.items(run.id);
    if (query.format === 'pdf') return this.pdf(run, items, query.organization ?? DEFAULT_ORGANIZATION);
    return respond(Promise.resolve(this.report(run, items, query)), query.format);
  }

  private report(run: CalculationRun, items: ItemRow[], query: PriceListExportDto): Report {
    const validFrom = `${run.year}-01-01`;
    return {
      report: 'price-list',
      title: `Hinnasto ${run.year} ${run.costVersion}`,
      filters: {
        ...statedFilters(query),
        runId: run.id,
        organization: query.organization ?? DEFAULT_ORGANIZATION,
      },
      priceSources: [originOf(run)],
      columns: [
        { key: 'product', label: 'Tuote', type: 'text' },
        { key: 'name', label: 'Nimi', type: 'text' },
        { key: 'unit', label: 'Suoriteyksikkö', type: 'text' },
        { key: 'validFrom', label: 'Voimassa alkaen', type: 'date' },
        { key: 'clientHours', label: 'Asiakastyö h', type: 'hours' },
        { key: 'cost', label: 'Kustannus €', type: 'money' },
        { key: 'pricePerHour', label: 'Hinta €/h', type: 'money' },
      ],
      rows: items.map((i) => ({
        product: i.product,
        name: i.name,
        unit: i.unit,
        validFrom,
        clientHours: i.client_hours,
        cost: i.cost,
        pricePerHour: i.price,
      })),
      notes: [
        `Run ${run.id}: input hash ${run.inputHash}, output hash ${run.outputHash}.`,
        'Valid from 1 January of the run’s year; the locked price list of issue 4 will carry its own dates.',
      ],
    };
  }

  private async pdf(run: CalculationRun, items: ItemRow[], organization: string): Promise<StreamableFile> {
    const appendix: PriceListAppendix = {
      organization,
      year: run.year,
      validFrom: `${run.year}-01-01`,
      costVersion: run.costVersion,
      scenario: run.scenario,
      method: run.method,
      runId: run.id,
      status: `laskenta-ajo ${run.status === 'succeeded' ? 'valmis' : run.status}; hinnasto lukitsematon`,
      inputHash: run.inputHash,
      outputHash: run.outputHash,
      engineVersion: run.engineVersion,
      calculatedAt: run.finishedAt?.toISOString() ?? null,
      items: items.map((i) => ({
        productCode: i.product,
        name: i.name,
        unit: i.unit,
        pricePerHour: i.price,
      })),
    };
    const body = await renderPdf(priceListDocument(appendix));
    const name = fileName(`hinnasto-${run.year}-${run.costVersion}-${run.id.slice(0, 8)}`, 'pdf');
    return download({ body, contentType: CONTENT_TYPES.pdf, fileName: name });
  }

  private items(runId: string): Promise<ItemRow[]> {
    return this.dataSource.query<ItemRow[]>(
      `SELECT r.product_code AS product, p.name_fi AS name, p.unit, round(r.client_hours, 2)::text AS client_hours,
              r.cost::text, r.price_per_hour::text AS price
         FROM run_product_results r
         LEFT JOIN service_products p ON p.code = r.product_code
         LEFT JOIN service_areas a ON a.id = p.service_area_id
        WHERE r.run_id = $1
        ORDER BY a.code NULLS LAST, r.product_code`,
      [runId],
    );
  }
}
