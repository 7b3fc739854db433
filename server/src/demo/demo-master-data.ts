import { Decimal } from 'decimal.js';
import type { EntityManager } from 'typeorm';
import { ServiceArea } from '../catalog/entities/service-area.entity.js';
import { ServicePackageProduct } from '../catalog/entities/service-package-product.entity.js';
import { ServicePackage } from '../catalog/entities/service-package.entity.js';
import { ServiceProduct } from '../catalog/entities/service-product.entity.js';
import { CostCenter } from '../organization/entities/cost-center.entity.js';
import { Region } from '../organization/entities/region.entity.js';
import { Worker } from '../organization/entities/worker.entity.js';
import { packages, products, serviceAreas, UNIT } from './demo-catalog.js';
import { productionCenters, regions, supportCenters } from './demo-organization.js';
import { demoWorkers } from './generate-time-records.js';

/** Inserts what is missing of the demo catalog and organization (matched by code): safe to repeat. */
export async function registerDemoMasterData(manager: EntityManager): Promise<void> {
  const regionIds = await ensureAll(manager, Region, regions, (r) => ({ code: r.code, name: r.name }));
  const areaIds = await ensureAll(manager, ServiceArea, serviceAreas, (a) => ({
    code: a.code,
    nameFi: a.name.fi,
    nameSv: a.name.sv,
    nameEn: a.name.en,
  }));
  const productIds = await ensureAll(manager, ServiceProduct, products, (p) => ({
    code: p.code,
    serviceAreaId: areaIds.get(p.area),
    nameFi: p.name.fi,
    nameSv: p.name.sv,
    nameEn: p.name.en,
    unit: UNIT.fi,
    description: {
      fi: { forWhom: p.forWhom.fi, what: p.what.fi, how: p.how.fi },
      sv: { forWhom: p.forWhom.sv, what: p.what.sv, how: p.how.sv },
      en: { forWhom: p.forWhom.en, what: p.what.en, how: p.how.en },
    },
  }));
  const packageIds = await ensureAll(manager, ServicePackage, packages, (p) => ({
    code: p.code,
    nameFi: p.name.fi,
    nameSv: p.name.sv,
    nameEn: p.name.en,
  }));
  for (const pkg of packages) {
    for (const product of pkg.products) {
      const link = { packageId: packageIds.get(pkg.code), productId: productIds.get(product) };
      if (!(await manager.getRepository(ServicePackageProduct).existsBy(link as never))) {
        await manager.getRepository(ServicePackageProduct).insert(link as never);
      }
    }
  }
  await ensureAll(manager, CostCenter, supportCenters, (c) => ({
    code: c.code,
    name: c.name,
    kind: 'support',
  }));
  const centerIds = await ensureAll(manager, CostCenter, productionCenters, (c) => ({
    code: c.code,
    name: c.name,
    kind: 'production',
    regionId: regionIds.get(c.region),
    serviceAreaId: areaIds.get(c.area),
  }));
  await ensureAll(manager, Worker, demoWorkers(), (w) => ({
    code: w.code,
    profession: w.profession,
    fte: new Decimal(w.fte),
    costCenterId: centerIds.get(w.costCenter),
    regionId: regionIds.get(w.region),
  }));
}

/** Inserts the items whose code is not there yet; returns code → id for all of them. */
async function ensureAll<T extends { id: string; code: string }, S extends { code: string }>(
  manager: EntityManager,
  entity: new () => T,
  items: readonly S[],
  toRow: (item: S) => Record<string, unknown>,
): Promise<Map<string, string>> {
  const repository = manager.getRepository(entity);
  const existing = new Map((await repository.find()).map((row) => [row.code, row.id]));
  const missing = items.filter((item) => !existing.has(item.code));
  if (missing.length > 0) {
    const inserted = await repository.insert(missing.map(toRow) as never);
    missing.forEach((item, i) => existing.set(item.code, String(inserted.identifiers[i].id)));
  }
  return existing;
}
