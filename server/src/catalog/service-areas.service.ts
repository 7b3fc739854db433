import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { nameColumns } from './dto/localized.dto.js';
import {
  toServiceAreaDto,
  type CreateServiceAreaDto,
  type PatchServiceAreaDto,
  type ServiceAreaDto,
} from './dto/service-area.dto.js';
import { ServiceArea } from './entities/service-area.entity.js';
import { insertUnique } from './shared/insert-unique.js';
import { notFoundByCode } from './shared/master-data-errors.js';
import { deleteUnlessReferenced } from './shared/references.js';

const WHAT = 'service area';

@Injectable()
export class ServiceAreasService {
  constructor(private readonly dataSource: DataSource) {}

  async list(): Promise<ServiceAreaDto[]> {
    return (await this.areas().find({ order: { code: 'ASC' } })).map(toServiceAreaDto);
  }

  async get(code: string): Promise<ServiceAreaDto> {
    return toServiceAreaDto(await this.find(code));
  }

  async create(dto: CreateServiceAreaDto): Promise<ServiceAreaDto> {
    await insertUnique(
      WHAT,
      dto.code,
      () => this.areas().existsBy({ code: dto.code }),
      () => this.areas().insert({ code: dto.code, ...nameColumns(dto.name) }),
    );
    return this.get(dto.code);
  }

  /** PUT and PATCH: a PUT body has every field, a PATCH body some. */
  async update(code: string, dto: PatchServiceAreaDto): Promise<ServiceAreaDto> {
    const area = await this.find(code);
    if (dto.name) await this.areas().update(area.id, nameColumns(dto.name));
    return this.get(code);
  }

  async remove(code: string): Promise<void> {
    const area = await this.find(code);
    await deleteUnlessReferenced(
      this.dataSource.manager,
      { what: WHAT, code, advice: 'Move them to another service area first.' },
      [
        { what: 'service products', sql: byArea('service_products') },
        { what: 'cost centers', sql: byArea('cost_centers') },
      ],
      () => this.areas().delete(area.id),
    );
  }

  private async find(code: string): Promise<ServiceArea> {
    const area = await this.areas().findOneBy({ code });
    if (!area) throw notFoundByCode(WHAT, code);
    return area;
  }

  private areas() {
    return this.dataSource.getRepository(ServiceArea);
  }
}

function byArea(table: string): string {
  return `SELECT 1 FROM ${table} t JOIN service_areas a ON a.id = t.service_area_id WHERE a.code = $1`;
}
