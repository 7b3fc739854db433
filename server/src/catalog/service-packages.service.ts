import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { nameColumns } from './dto/localized.dto.js';
import { toStoredDescription } from './dto/service-description.dto.js';
import {
  toServicePackageDto,
  type CreateServicePackageDto,
  type PatchServicePackageDto,
  type ServicePackageDto,
  type UpdateServicePackageDto,
} from './dto/service-package.dto.js';
import { ServicePackageProduct } from './entities/service-package-product.entity.js';
import { ServicePackage } from './entities/service-package.entity.js';
import { ServiceProduct } from './entities/service-product.entity.js';
import { insertUnique } from './shared/insert-unique.js';
import { assertValid, notFoundByCode } from './shared/master-data-errors.js';

const WHAT = 'service package';

@Injectable()
export class ServicePackagesService {
  constructor(private readonly dataSource: DataSource) {}

  async list(): Promise<ServicePackageDto[]> {
    const packages = await this.dataSource.getRepository(ServicePackage).find({ order: { code: 'ASC' } });
    const members = await this.memberCodes(packages.map((p) => p.id));
    return packages.map((p) => toServicePackageDto(p, members.get(p.id) ?? []));
  }

  async get(code: string): Promise<ServicePackageDto> {
    const found = await this.find(code);
    return toServicePackageDto(found, (await this.memberCodes([found.id])).get(found.id) ?? []);
  }

  async create(dto: CreateServicePackageDto): Promise<ServicePackageDto> {
    const productIds = await this.productIds(dto.products);
    await insertUnique(
      WHAT,
      dto.code,
      () => this.dataSource.getRepository(ServicePackage).existsBy({ code: dto.code }),
      () =>
        this.dataSource.transaction(async (manager) => {
          const row = { code: dto.code, ...columns(withDefaults(dto)) };
          const { identifiers } = await manager.getRepository(ServicePackage).insert(row);
          await setMembers(manager, identifiers[0].id as string, productIds);
        }),
    );
    return this.get(dto.code);
  }

  /** PUT: every field, omitted optional ones back to their defaults. */
  replace(code: string, dto: UpdateServicePackageDto): Promise<ServicePackageDto> {
    return this.update(code, withDefaults(dto));
  }

  /** PATCH: only the given fields; a given product list replaces the list. */
  async update(code: string, dto: PatchServicePackageDto): Promise<ServicePackageDto> {
    const found = await this.find(code);
    const productIds = dto.products === undefined ? undefined : await this.productIds(dto.products);
    await this.dataSource.transaction(async (manager) => {
      const changes = columns(dto);
      if (Object.keys(changes).length > 0)
        await manager.getRepository(ServicePackage).update(found.id, changes);
      if (productIds) await setMembers(manager, found.id, productIds);
    });
    return this.get(code);
  }

  /** A package is only a grouping: deleting it removes its memberships, never its products. */
  async remove(code: string): Promise<void> {
    await this.dataSource.getRepository(ServicePackage).delete((await this.find(code)).id);
  }

  private async find(code: string): Promise<ServicePackage> {
    const found = await this.dataSource.getRepository(ServicePackage).findOneBy({ code });
    if (!found) throw notFoundByCode(WHAT, code);
    return found;
  }

  /** The products' ids, in the order given; 400 naming each unknown or repeated code. */
  private async productIds(codes: string[]): Promise<string[]> {
    const products = await this.dataSource.getRepository(ServiceProduct).findBy({ code: In(codes) });
    const ids = new Map(products.map((p) => [p.code, p.id]));
    const problems: Record<string, string> = {};
    codes.forEach((code, i) => {
      if (!ids.has(code)) problems[`products[${i}]`] = `unknown service product "${code}"`;
      else if (codes.indexOf(code) !== i) problems[`products[${i}]`] = `"${code}" is listed twice`;
    });
    assertValid(problems);
    return codes.map((code) => ids.get(code) as string);
  }

  private async memberCodes(packageIds: string[]): Promise<Map<string, string[]>> {
    if (packageIds.length === 0) return new Map();
    const rows = await this.dataSource.query<{ package_id: string; code: string }[]>(
      `SELECT pp.package_id, p.code FROM service_package_products pp
         JOIN service_products p ON p.id = pp.product_id
        WHERE pp.package_id = ANY($1) ORDER BY p.code`,
      [packageIds],
    );
    const members = new Map<string, string[]>();
    for (const row of rows) members.set(row.package_id, [...(members.get(row.package_id) ?? []), row.code]);
    return members;
  }
}

async function setMembers(manager: EntityManager, packageId: string, productIds: string[]): Promise<void> {
  const members = manager.getRepository(ServicePackageProduct);
  await members.delete({ packageId });
  if (productIds.length > 0) await members.insert(productIds.map((productId) => ({ packageId, productId })));
}

function columns(dto: PatchServicePackageDto) {
  return {
    ...(dto.name && nameColumns(dto.name)),
    ...(dto.description !== undefined && { description: toStoredDescription(dto.description) }),
    ...(dto.active !== undefined && { active: dto.active }),
  };
}

function withDefaults<T extends UpdateServicePackageDto>(dto: T): T {
  return { ...dto, description: dto.description ?? {}, active: dto.active ?? true };
}
