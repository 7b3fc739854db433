import { Injectable } from '@nestjs/common';
import { Decimal } from 'decimal.js';
import { DataSource } from 'typeorm';
import { insertUnique } from '../catalog/shared/insert-unique.js';
import { notFoundByCode } from '../catalog/shared/master-data-errors.js';
import { deleteUnlessReferenced } from '../catalog/shared/references.js';
import {
  toWorkerDto,
  type CreateWorkerDto,
  type PatchWorkerDto,
  type UpdateWorkerDto,
  type WorkerDto,
  type WorkerFilterDto,
} from './dto/worker.dto.js';
import { CostCenter } from './entities/cost-center.entity.js';
import { Region } from './entities/region.entity.js';
import { Worker } from './entities/worker.entity.js';
import { definedOnly, resolveCodes } from './resolve-codes.js';

const WHAT = 'worker';
const RELATIONS = { costCenter: true, region: true } as const;

@Injectable()
export class WorkersService {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: WorkerFilterDto): Promise<WorkerDto[]> {
    const workers = await this.workers().find({
      where: filter.costCenter ? { costCenter: { code: filter.costCenter } } : {},
      relations: RELATIONS,
      order: { code: 'ASC' },
    });
    return workers.map(toWorkerDto);
  }

  async get(code: string): Promise<WorkerDto> {
    return toWorkerDto(await this.find(code));
  }

  async create(dto: CreateWorkerDto): Promise<WorkerDto> {
    const links = await this.links(dto);
    await insertUnique(
      WHAT,
      dto.code,
      () => this.workers().existsBy({ code: dto.code }),
      () => this.workers().insert({ code: dto.code, ...columns(dto), ...links }),
    );
    return this.get(dto.code);
  }

  /** PUT: every field; omitted optional ones are cleared. */
  replace(code: string, dto: UpdateWorkerDto): Promise<WorkerDto> {
    return this.update(code, { ...dto, name: dto.name ?? null, region: dto.region ?? null });
  }

  /** PATCH: only the given fields; null clears an optional one. */
  async update(code: string, dto: PatchWorkerDto): Promise<WorkerDto> {
    const worker = await this.find(code);
    const changes = definedOnly({ ...columns(dto), ...(await this.links(dto)) });
    if (Object.keys(changes).length > 0) await this.workers().update(worker.id, changes);
    return this.get(code);
  }

  /** A worker with time records is kept: the records name them. */
  async remove(code: string): Promise<void> {
    const worker = await this.find(code);
    await deleteUnlessReferenced(
      this.dataSource.manager,
      { what: WHAT, code, advice: 'A worker with time records is kept for history.' },
      [{ what: 'time records', sql: 'SELECT 1 FROM time_records WHERE worker_code = $1' }],
      () => this.workers().delete(worker.id),
    );
  }

  private async links(dto: PatchWorkerDto) {
    const { costCenter, region } = await resolveCodes(this.dataSource.manager, {
      costCenter: { entity: CostCenter, what: 'cost center', code: dto.costCenter },
      region: { entity: Region, what: 'region', code: dto.region },
    });
    return definedOnly({ costCenterId: costCenter ?? undefined, regionId: region });
  }

  private async find(code: string): Promise<Worker> {
    const worker = await this.workers().findOne({ where: { code }, relations: RELATIONS });
    if (!worker) throw notFoundByCode(WHAT, code);
    return worker;
  }

  private workers() {
    return this.dataSource.getRepository(Worker);
  }
}

function columns(dto: PatchWorkerDto) {
  return definedOnly({
    name: dto.name,
    profession: dto.profession,
    fte: dto.fte === undefined ? undefined : new Decimal(dto.fte),
  });
}
