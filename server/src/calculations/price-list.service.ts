import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PriceListDto, PriceListItemDto } from './dto/price-list.dto.js';
import { RunsService } from './runs.service.js';
import { toRunDto } from './dto/run.dto.js';

interface PriceRow {
  product_code: string;
  name_fi: string | null;
  name_sv: string | null;
  name_en: string | null;
  unit: string | null;
  area_code: string | null;
  direct_hours: string;
  indirect_hours: string;
  client_hours: string;
  cost: string;
  price_per_hour: string | null;
  unused_capacity_cost: string | null;
}

/** A run's prices per client service hour, with the catalog's names and units. */
@Injectable()
export class PriceListService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly runs: RunsService,
  ) {}

  async forRun(runId: string): Promise<PriceListDto> {
    const run = await this.runs.get(runId);
    const rows = await this.dataSource.query<PriceRow[]>(
      `SELECT r.product_code, p.name_fi, p.name_sv, p.name_en, p.unit, a.code AS area_code,
              r.direct_hours::text, r.indirect_hours::text, r.client_hours::text, r.cost::text,
              r.price_per_hour::text, r.unused_capacity_cost::text
         FROM run_product_results r
         LEFT JOIN service_products p ON p.code = r.product_code
         LEFT JOIN service_areas a ON a.id = p.service_area_id
        WHERE r.run_id = $1
        ORDER BY a.code NULLS LAST, r.product_code`,
      [runId],
    );
    return { run: toRunDto(run), items: rows.map(toItem) };
  }
}

function toItem(row: PriceRow): PriceListItemDto {
  return {
    productCode: row.product_code,
    serviceArea: row.area_code,
    name: { fi: row.name_fi, sv: row.name_sv, en: row.name_en },
    unit: row.unit,
    directHours: row.direct_hours,
    indirectHours: row.indirect_hours,
    clientHours: row.client_hours,
    cost: row.cost,
    pricePerHour: row.price_per_hour,
    unusedCapacityCost: row.unused_capacity_cost,
  };
}
