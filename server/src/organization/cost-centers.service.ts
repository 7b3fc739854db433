import { Injectable } from '@nestjs/common';
import { Decimal } from 'decimal.js';
import { DataSource } from 'typeorm';
import { ServiceArea } from '../catalog/entities/service-area.entity.js';
import { insertUnique } from '../catalog/shared/insert-unique.js';
import { invalid, notFoundByCode } from '../catalog/shared/master-data-errors.js';
import { deleteUnlessReferenced, type Reference } from '../catalog/shared/references.js';
import {
  toCostCenterDto,
  type CostCenterDto,
  type CostCenterFilterDto,
  type CreateCostCenterDto,
  type PatchCostCenterDto,
  type UpdateCostCenterDto,
} from './dto/cost-center.dto.js';
import { CostCenter } from './entities/cost-center.entity.js';
import { Region } from './entities/region.entity.js';
import { definedOnly, resolveCodes } from './resolve-codes.js';

const WHAT = 'cost center';
const RELATIONS = { parent: true, region: true, serviceArea: true } as const;

/** Everything that refers to a cost center by its code: its history and the documents that name it. */
const REFERENCES: Reference[] = [
  {
    what: 'cost centers below it',
    sql: 'SELECT 1 FROM cost_centers c JOIN cost_centers p ON p.id = c.parent_id WHERE p.code = $1',
  },
  {
    what: 'workers',
    sql: 'SELECT 1 FROM workers w JOIN cost_centers c ON c.id = w.cost_center_id WHERE c.code = $1',
  },
  { what: 'time records', sql: 'SELECT 1 FROM time_records WHERE cost_center_code = $1' },
  { what: 'cost lines', sql: 'SELECT 1 FROM cost_lines WHERE cost_center_code = $1' },
  {
    what: 'allocation keys',
    sql: `SELECT 1 FROM allocation_key_versions WHERE code = $1 OR document -> 'shares' ? $1`,
  },
  {
    what: 'rule sets',
    sql: `SELECT 1 FROM rule_set_versions WHERE jsonb_path_exists(document,
            '$.rules[*].event.params ? (@.costCenter == $c || exists(@.shares.keyvalue() ? (@.key == $c)))',
            jsonb_build_object('c', $1::text))`,
  },
  {
    what: 'the costing policy',
    sql: `SELECT 1 FROM costing_policy_versions WHERE document -> 'stepOrder' ? $1`,
  },
  { what: 'calculation results', sql: 'SELECT 1 FROM run_center_results WHERE cost_center_code = $1' },
];

@Injectable()
export class CostCentersService {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: CostCenterFilterDto): Promise<CostCenterDto[]> {
    const centers = await this.centers().find({
      where: filter.kind ? { kind: filter.kind } : {}, // undefined in a where throws in TypeORM 1
      relations: RELATIONS,
      order: { code: 'ASC' },
    });
    return centers.map(toCostCenterDto);
  }

  async get(code: string): Promise<CostCenterDto> {
    return toCostCenterDto(await this.find(code));
  }

  async create(dto: CreateCostCenterDto): Promise<CostCenterDto> {
    const links = await this.links(dto);
    if (dto.parent === dto.code) throw invalid({ parent: 'a cost center cannot be its own parent' });
    await insertUnique(
      WHAT,
      dto.code,
      () => this.centers().existsBy({ code: dto.code }),
      () => this.centers().insert({ code: dto.code, ...columns(dto), ...links }),
    );
    return this.get(dto.code);
  }

  /** PUT: every field; omitted optional ones are cleared. */
  replace(code: string, dto: UpdateCostCenterDto): Promise<CostCenterDto> {
    const { parent = null, region = null, area = null, practicalCapacityHours = null, fte = null } = dto;
    return this.update(code, { ...dto, parent, region, area, practicalCapacityHours, fte });
  }

  /** PATCH: only the given fields; null clears an optional one. */
  async update(code: string, dto: PatchCostCenterDto): Promise<CostCenterDto> {
    const center = await this.find(code);
    const links = await this.links(dto);
    if (links.parentId) await this.refuseCycle(center, links.parentId);
    const changes = definedOnly({ ...columns(dto), ...links });
    if (Object.keys(changes).length > 0) await this.centers().update(center.id, changes);
    return this.get(code);
  }

  /** Only a center nothing refers to: one with history or named in a key or rule stays. */
  async remove(code: string): Promise<void> {
    const center = await this.find(code);
    await deleteUnlessReferenced(
      this.dataSource.manager,
      { what: WHAT, code, advice: 'A cost center with history or references is kept.' },
      REFERENCES,
      () => this.centers().delete(center.id),
    );
  }

  private links(dto: PatchCostCenterDto) {
    const manager = this.dataSource.manager;
    return resolveCodes(manager, {
      parent: { entity: CostCenter, what: 'cost center', code: dto.parent },
      region: { entity: Region, what: 'region', code: dto.region },
      area: { entity: ServiceArea, what: 'service area', code: dto.area },
    }).then(({ parent, region, area }) =>
      definedOnly({ parentId: parent, regionId: region, serviceAreaId: area }),
    );
  }

  /** The new parent must not be the center itself or below it. */
  private async refuseCycle(center: CostCenter, parentId: string): Promise<void> {
    if (parentId === center.id) throw invalid({ parent: 'a cost center cannot be its own parent' });
    const rows = await this.centers().find({ select: { id: true, code: true, parentId: true } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (let at = byId.get(parentId); at; at = at.parentId ? byId.get(at.parentId) : undefined) {
      if (at.id === center.id) {
        throw invalid({
          parent: `"${byId.get(parentId)?.code}" is below "${center.code}": that would make a loop`,
        });
      }
    }
  }

  private async find(code: string): Promise<CostCenter> {
    const center = await this.centers().findOne({ where: { code }, relations: RELATIONS });
    if (!center) throw notFoundByCode(WHAT, code);
    return center;
  }

  private centers() {
    return this.dataSource.getRepository(CostCenter);
  }
}

function columns(dto: PatchCostCenterDto) {
  return definedOnly({
    name: dto.name,
    kind: dto.kind,
    practicalCapacityHours: decimalOrNull(dto.practicalCapacityHours),
    fte: decimalOrNull(dto.fte),
  });
}

function decimalOrNull(value: string | null | undefined): Decimal | null | undefined {
  return value === undefined || value === null ? value : new Decimal(value);
}
