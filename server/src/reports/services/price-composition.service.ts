import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RunsService } from '../../calculations/runs.service.js';
import type { CostingCase, CostingResult } from '../../costing/domain/costing-case.js';
import type { ExportRow } from '../../exports/export-table.js';
import type { RunChoiceDto } from '../dto/price-query.dto.js';
import {
  composePrices,
  type PriceComponent,
  type ProductComposition,
} from '../price-composition/compose-price.js';
import { chooseRun, originOf } from '../prices/run-choice.js';
import { productNames } from '../product-names.js';
import { statedFilters } from '../query-filter.js';
import type { Report } from '../report.js';

const KIND_LABELS = {
  personnel: 'Oma henkilöstökustannus',
  other: 'Omat muut kustannukset',
  support: 'Tukipalvelu',
};

/** Each product's price of a stored run split into own personnel, own other and support centers' shares. */
@Injectable()
export class PriceCompositionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly runs: RunsService,
  ) {}

  async report(query: RunChoiceDto): Promise<Report> {
    const run = await chooseRun(this.runs, query);
    const { input, result } = await this.runs.documents(run.id);
    const compositions = composePrices(
      result as unknown as CostingResult,
      (input as unknown as CostingCase).clientHours,
    );
    const centerNames = new Map(
      (input as unknown as CostingCase).costCenters.map((c) => [c.id, c.name ?? null]),
    );
    const names = await productNames(this.dataSource);
    const row = (p: ProductComposition, c: PriceComponent): ExportRow => ({
      product: p.product,
      productName: names.get(p.product) ?? null,
      clientHours: p.clientHours,
      productCost: p.cost,
      pricePerHour: p.pricePerHour,
      component: KIND_LABELS[c.kind],
      supportCenter: c.center ?? null,
      supportCenterName: c.center ? (centerNames.get(c.center) ?? null) : null,
      cost: c.cost,
      pricePart: c.pricePart,
    });
    return {
      report: 'price-composition',
      title: `Hinnan muodostuminen ${run.year} ${run.costVersion}`,
      filters: { ...statedFilters(query), runId: run.id },
      priceSources: [originOf(run)],
      columns: [
        { key: 'product', label: 'Tuote', type: 'text' },
        { key: 'productName', label: 'Tuotteen nimi', type: 'text' },
        { key: 'clientHours', label: 'Asiakastyö h', type: 'hours' },
        { key: 'productCost', label: 'Tuotteen kustannus €', type: 'money' },
        { key: 'pricePerHour', label: 'Hinta €/h', type: 'money' },
        { key: 'component', label: 'Osa', type: 'text' },
        { key: 'supportCenter', label: 'Tukipalvelu', type: 'text' },
        { key: 'supportCenterName', label: 'Tukipalvelun nimi', type: 'text' },
        { key: 'cost', label: 'Osan kustannus €', type: 'money' },
        { key: 'pricePart', label: 'Osan hinta €/h', type: 'money' },
      ],
      rows: compositions.flatMap((p) => p.components.map((c) => row(p, c))),
      notes: [
        'Own personnel = accounts 40xx–42xx (4 or 6 digits) placed at the production center by classification; ' +
          'own other = the rest of its own cost; a support center’s part = its flow to the center.',
        "A product takes of each production center's parts its share of the center's client hours; the sums " +
          "are rounded by largest remainder so each product's parts add up to its cost and price to the cent.",
      ],
    };
  }
}
