import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { insertUnique } from '../catalog/shared/insert-unique.js';
import { notFoundByCode } from '../catalog/shared/master-data-errors.js';
import { deleteUnlessReferenced } from '../catalog/shared/references.js';
import { toRegionDto, type CreateRegionDto, type PatchRegionDto, type RegionDto } from './dto/region.dto.js';
import { Region } from './entities/region.entity.js';

const WHAT = 'region';

@Injectable()
export class RegionsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(): Promise<RegionDto[]> {
    return (await this.regions().find({ order: { code: 'ASC' } })).map(toRegionDto);
  }

  async get(code: string): Promise<RegionDto> {
    return toRegionDto(await this.find(code));
  }

  async create(dto: CreateRegionDto): Promise<RegionDto> {
    await insertUnique(
      WHAT,
      dto.code,
      () => this.regions().existsBy({ code: dto.code }),
      () => this.regions().insert({ code: dto.code, name: dto.name }),
    );
    return this.get(dto.code);
  }

  /** PUT and PATCH: a region has one field besides its code. */
  async update(code: string, dto: PatchRegionDto): Promise<RegionDto> {
    const region = await this.find(code);
    if (dto.name !== undefined) await this.regions().update(region.id, { name: dto.name });
    return this.get(code);
  }

  async remove(code: string): Promise<void> {
    const region = await this.find(code);
    const byRegion = (table: string) =>
      `SELECT 1 FROM ${table} t JOIN regions r ON r.id = t.region_id WHERE r.code = $1`;
    await deleteUnlessReferenced(
      this.dataSource.manager,
      {
        what: WHAT,
        code,
        advice: 'Move them to another region first; time records keep the region for history.',
      },
      [
        { what: 'cost centers', sql: byRegion('cost_centers') },
        { what: 'workers', sql: byRegion('workers') },
        { what: 'time records', sql: 'SELECT 1 FROM time_records WHERE region_code = $1' },
      ],
      () => this.regions().delete(region.id),
    );
  }

  private async find(code: string): Promise<Region> {
    const region = await this.regions().findOneBy({ code });
    if (!region) throw notFoundByCode(WHAT, code);
    return region;
  }

  private regions() {
    return this.dataSource.getRepository(Region);
  }
}
