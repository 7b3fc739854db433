import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { nameColumns } from './dto/localized.dto.js';
import { toStoredDescription } from './dto/service-description.dto.js';
import {
  toServiceProductDto,
  type CreateServiceProductDto,
  type PatchServiceProductDto,
  type ServiceProductDto,
  type ServiceProductFilterDto,
  type UpdateServiceProductDto,
} from './dto/service-product.dto.js';
import { ServiceArea } from './entities/service-area.entity.js';
import { DEFAULT_UNIT } from './entities/service-description.js';
import { ServiceProduct } from './entities/service-product.entity.js';
import { insertUnique } from './shared/insert-unique.js';
import { invalid, notFoundByCode } from './shared/master-data-errors.js';
import { deleteUnlessReferenced } from './shared/references.js';

const WHAT = 'service product';

@Injectable()
export class ServiceProductsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: ServiceProductFilterDto): Promise<ServiceProductDto[]> {
    const query = this.products()
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.serviceArea', 'a')
      .orderBy('p.code');
    if (filter.area !== undefined) query.andWhere('a.code = :area', { area: filter.area });
    if (filter.active !== undefined) query.andWhere('p.active = :active', { active: filter.active });
    return (await query.getMany()).map(toServiceProductDto);
  }

  async get(code: string): Promise<ServiceProductDto> {
    return toServiceProductDto(await this.find(code));
  }

  async create(dto: CreateServiceProductDto): Promise<ServiceProductDto> {
    const area = await this.area(dto.area);
    await insertUnique(
      WHAT,
      dto.code,
      () => this.products().existsBy({ code: dto.code }),
      () =>
        this.products().insert({
          code: dto.code,
          ...this.columns(withDefaults(dto)),
          serviceAreaId: area.id,
        }),
    );
    return this.get(dto.code);
  }

  /** PUT: every field, omitted optional ones back to their defaults. */
  replace(code: string, dto: UpdateServiceProductDto): Promise<ServiceProductDto> {
    return this.update(code, withDefaults(dto));
  }

  /** PATCH: only the given fields. */
  async update(code: string, dto: PatchServiceProductDto): Promise<ServiceProductDto> {
    const product = await this.find(code);
    const area = dto.area === undefined ? undefined : await this.area(dto.area);
    const changes = { ...this.columns(dto), ...(area && { serviceAreaId: area.id }) };
    if (Object.keys(changes).length > 0) await this.products().update(product.id, changes);
    return this.get(code);
  }

  /** Only a product nothing refers to: time records and prices are history, so those are deactivated. */
  async remove(code: string): Promise<void> {
    const product = await this.find(code);
    await deleteUnlessReferenced(
      this.dataSource.manager,
      { what: WHAT, code, advice: 'Deactivate it instead (PATCH with "active": false).' },
      [
        { what: 'time records', sql: 'SELECT 1 FROM time_records WHERE product_code = $1' },
        { what: 'calculation results', sql: 'SELECT 1 FROM run_product_results WHERE product_code = $1' },
        {
          what: 'service packages',
          sql: `SELECT 1 FROM service_package_products pp JOIN service_products p ON p.id = pp.product_id
                 WHERE p.code = $1`,
        },
      ],
      () => this.products().delete(product.id),
    );
  }

  private columns(dto: PatchServiceProductDto) {
    return {
      ...(dto.name && nameColumns(dto.name)),
      ...(dto.unit !== undefined && { unit: dto.unit }),
      ...(dto.description !== undefined && { description: toStoredDescription(dto.description) }),
      ...(dto.active !== undefined && { active: dto.active }),
    };
  }

  private async find(code: string): Promise<ServiceProduct> {
    const product = await this.products().findOne({ where: { code }, relations: { serviceArea: true } });
    if (!product) throw notFoundByCode(WHAT, code);
    return product;
  }

  private async area(code: string): Promise<ServiceArea> {
    const area = await this.dataSource.getRepository(ServiceArea).findOneBy({ code });
    if (!area) throw invalid({ area: `unknown service area "${code}"` });
    return area;
  }

  private products() {
    return this.dataSource.getRepository(ServiceProduct);
  }
}

function withDefaults<T extends UpdateServiceProductDto>(dto: T): T {
  return {
    ...dto,
    unit: dto.unit ?? DEFAULT_UNIT,
    description: dto.description ?? {},
    active: dto.active ?? true,
  };
}
