import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Decimal } from 'decimal.js';
import { DataSource, QueryFailedError } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import type {
  ComparisonPriceFilterDto,
  CreatePurchasedPriceDto,
  CreateReferencePriceDto,
  PurchasedPriceDto,
  ReferencePriceDto,
  ReferencePriceImportResultDto,
} from '../dto/comparison-prices.dto.js';
import { PurchasedServicePrice } from '../entities/purchased-service-price.entity.js';
import { ReferencePrice } from '../entities/reference-price.entity.js';
import { parseReferencePrices } from '../prices/reference-price-csv.js';

const UNIQUE_VIOLATION = '23505';

/** Prices to compare with: other units' reference prices (entered or imported) and purchased services. */
@Injectable()
export class ComparisonPricesService {
  constructor(private readonly dataSource: DataSource) {}

  async listReference(filter: ComparisonPriceFilterDto): Promise<ReferencePriceDto[]> {
    const rows = await this.dataSource.getRepository(ReferencePrice).find({
      where: whereOf(filter),
      order: { year: 'ASC', productCode: 'ASC', source: 'ASC' },
    });
    return rows.map(toReferenceDto);
  }

  async createReference(body: CreateReferencePriceDto, author: string): Promise<ReferencePriceDto> {
    await this.requireProduct(body.productCode);
    const saved = await this.insertOnce(
      ReferencePrice,
      {
        source: body.source.trim(),
        year: body.year,
        productCode: body.productCode,
        price: new Decimal(body.price),
        note: body.note ?? null,
        author,
      },
      `${body.source} already has a price for ${body.productCode} in ${body.year}`,
    );
    return toReferenceDto(saved);
  }

  /** A CSV price list (Tuote;Vuosi;Lähde;Hinta): new rows are added, same source/year/product replaced. */
  async importReference(file: Buffer, author: string): Promise<ReferencePriceImportResultDto> {
    const lines = parseReferencePrices(file, await this.productCodes());
    const batch = randomUUID();
    const rows = await this.dataSource.query<{ inserted: boolean }[]>(
      `INSERT INTO reference_prices (source, year, product_code, price, note, import_batch_id, author)
       SELECT u.source, u.year, u.product_code, u.price, u.note, $6, $7
         FROM unnest($1::text[], $2::int[], $3::text[], $4::numeric[], $5::text[]) AS u(source, year, product_code, price, note)
       ON CONFLICT (source, year, product_code) DO UPDATE
         SET price = EXCLUDED.price, note = EXCLUDED.note, import_batch_id = EXCLUDED.import_batch_id, author = EXCLUDED.author
       RETURNING (xmax = 0) AS inserted`,
      [
        lines.map((l) => l.source),
        lines.map((l) => l.year),
        lines.map((l) => l.productCode),
        lines.map((l) => l.price),
        lines.map((l) => l.note),
        batch,
        author,
      ],
    );
    const inserted = rows.filter((r) => r.inserted).length;
    return { importBatchId: batch, inserted, updated: rows.length - inserted };
  }

  async listPurchased(filter: ComparisonPriceFilterDto): Promise<PurchasedPriceDto[]> {
    const rows = await this.dataSource.getRepository(PurchasedServicePrice).find({
      where: whereOf(filter),
      order: { year: 'ASC', productCode: 'ASC', supplier: 'ASC' },
    });
    return rows.map(toPurchasedDto);
  }

  async createPurchased(body: CreatePurchasedPriceDto, author: string): Promise<PurchasedPriceDto> {
    await this.requireProduct(body.productCode);
    const saved = await this.insertOnce(
      PurchasedServicePrice,
      {
        productCode: body.productCode,
        year: body.year,
        supplier: body.supplier.trim(),
        pricePerHour: new Decimal(body.pricePerHour),
        note: body.note ?? null,
        author,
      },
      `${body.supplier} already has a price for ${body.productCode} in ${body.year}`,
    );
    return toPurchasedDto(saved);
  }

  private async insertOnce<T extends object>(
    entity: new () => T,
    row: Partial<T>,
    conflict: string,
  ): Promise<T> {
    try {
      return await this.dataSource.getRepository(entity).save(row as T);
    } catch (error) {
      const code =
        error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
      if (code === UNIQUE_VIOLATION) throw new DomainError('CONFLICT', conflict);
      throw error;
    }
  }

  private async requireProduct(code: string): Promise<void> {
    if (!(await this.productCodes()).has(code)) {
      throw new DomainError(
        'VALIDATION_FAILED',
        `productCode: '${code}' is not in the service product catalog`,
        {
          productCode: 'is not in the service product catalog',
        },
      );
    }
  }

  private async productCodes(): Promise<Set<string>> {
    const rows = await this.dataSource.query<{ code: string }[]>('SELECT code FROM service_products');
    return new Set(rows.map((r) => r.code));
  }
}

/** TypeORM refuses undefined in a where condition: only the filters given. */
function whereOf(filter: ComparisonPriceFilterDto): { year?: number; productCode?: string } {
  return {
    ...(filter.year !== undefined && { year: filter.year }),
    ...(filter.product !== undefined && { productCode: filter.product }),
  };
}

function toReferenceDto(row: ReferencePrice): ReferencePriceDto {
  return {
    id: row.id,
    source: row.source,
    year: row.year,
    productCode: row.productCode,
    price: row.price.toFixed(2),
    note: row.note,
    importBatchId: row.importBatchId ?? null,
    author: row.author,
    createdAt: row.createdAt.toISOString(),
  };
}

function toPurchasedDto(row: PurchasedServicePrice): PurchasedPriceDto {
  return {
    id: row.id,
    productCode: row.productCode,
    year: row.year,
    supplier: row.supplier,
    pricePerHour: row.pricePerHour.toFixed(2),
    note: row.note,
    author: row.author,
    createdAt: row.createdAt.toISOString(),
  };
}
