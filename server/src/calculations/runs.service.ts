import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, notFound } from '../common/errors/domain-error.js';
import { calculate } from '../costing/domain/calculate.js';
import { CaseValidationError } from '../costing/domain/case-validation-error.js';
import { ENGINE_VERSION, type CostingResult } from '../costing/domain/costing-case.js';
import { versionInForce, yearStart } from '../rules/versions-in-force.js';
import { buildCase, type RunRequest } from './case-builder.js';
import { POLICY_CODE } from './costing-policy.js';
import { CalculationRun } from './entities/calculation-run.entity.js';
import { CostingPolicyVersion } from './entities/costing-policy-version.entity.js';
import { storeResultRows } from './run-results.js';

export interface RunFilter {
  year?: number;
  costVersion?: string;
  scenario?: string;
}

/** Recalculation runs: build the case from stored data, call the engine, store everything. */
@Injectable()
export class RunsService {
  private readonly logger = new Logger(RunsService.name);
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly dataSource: DataSource) {}

  /** Queues a run and starts it in the background; with `wait`, returns it finished. */
  async start(
    request: RunRequest,
    author: string,
    options: { wait?: boolean } = {},
  ): Promise<CalculationRun> {
    const policy = await versionInForce(
      this.dataSource.manager,
      CostingPolicyVersion,
      POLICY_CODE,
      yearStart(request.year),
    );
    if (!policy)
      throw new DomainError(
        'NOT_FOUND',
        `Cannot calculate ${request.year}: no costing policy is in force on ${yearStart(request.year)}`,
      );
    const run = await this.dataSource.getRepository(CalculationRun).save({
      ...request,
      method: policy.document.method,
      status: 'queued',
      engineVersion: ENGINE_VERSION,
      author,
    });
    const execution = this.execute(run.id).finally(() => this.pending.delete(execution));
    this.pending.add(execution);
    if (options.wait) await execution;
    return this.get(run.id);
  }

  /** Resolves when no run is executing (for shutdown, the CLI and tests). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  async execute(runId: string): Promise<void> {
    const runs = this.dataSource.getRepository(CalculationRun);
    const run = await this.get(runId);
    await runs.update(runId, {
      status: 'running',
      progress: 10,
      step: 'reading data',
      startedAt: new Date(),
    });
    try {
      const built = await buildCase(this.dataSource.manager, run);
      await runs.update(runId, { progress: 40, step: 'calculating' });
      const result = await calculate(built.input);
      await runs.update(runId, { progress: 80, step: 'storing results' });
      await this.dataSource.transaction((manager) => this.store(manager, runId, built, result));
      this.logger.log(
        `run ${runId} (${run.year} ${run.costVersion} ${run.scenario}) done: ${result.products.length} products`,
      );
    } catch (error) {
      const message =
        error instanceof CaseValidationError || error instanceof DomainError ? error.message : String(error);
      if (!(error instanceof CaseValidationError || error instanceof DomainError)) this.logger.error(error);
      await runs.update(runId, { status: 'failed', step: null, error: message, finishedAt: new Date() });
    }
  }

  private async store(
    manager: EntityManager,
    runId: string,
    built: Awaited<ReturnType<typeof buildCase>>,
    result: CostingResult,
  ): Promise<void> {
    await manager.getRepository(CalculationRun).update(runId, {
      status: 'succeeded',
      progress: 100,
      step: null,
      method: built.policy.method,
      inputHash: result.inputHash,
      outputHash: result.outputHash,
      engineVersion: result.engineVersion,
      // jsonb columns: TypeORM's deep-partial type cannot describe arbitrary JSON documents.
      versionsUsed: built.versionsUsed as never,
      input: built.input as never,
      result: result as never,
      finishedAt: new Date(),
    });
    await storeResultRows(manager, runId, result);
  }

  async get(id: string): Promise<CalculationRun> {
    const run = await this.dataSource
      .getRepository(CalculationRun)
      .findOne({ where: { id }, select: listColumns });
    if (!run) throw notFound(`Run ${id}`);
    return run;
  }

  /** The engine's full result (the contract's JSON) and the case it was computed from. */
  async documents(id: string): Promise<Pick<CalculationRun, 'input' | 'result'>> {
    const run = await this.dataSource
      .getRepository(CalculationRun)
      .findOne({ where: { id }, select: { id: true, input: true, result: true } });
    if (!run) throw notFound(`Run ${id}`);
    return run;
  }

  async list(filter: RunFilter, limit = 50): Promise<CalculationRun[]> {
    return this.dataSource.getRepository(CalculationRun).find({
      where: definedOnly({ year: filter.year, costVersion: filter.costVersion, scenario: filter.scenario }),
      order: { createdAt: 'DESC' },
      take: limit,
      select: listColumns,
    });
  }

  /** The latest successful run matching the filter. */
  async latest(filter: RunFilter): Promise<CalculationRun> {
    const [run] = await this.dataSource.getRepository(CalculationRun).find({
      where: definedOnly({
        year: filter.year,
        costVersion: filter.costVersion,
        scenario: filter.scenario,
        status: 'succeeded' as const,
      }),
      order: { finishedAt: 'DESC' },
      take: 1,
      select: listColumns,
    });
    if (!run) throw notFound('A successful run for these filters');
    return run;
  }
}

/** TypeORM refuses `undefined` in a where condition: leave unset filters out. */
function definedOnly<T extends object>(where: T): Partial<T> {
  return Object.fromEntries(Object.entries(where).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Everything but the (large) input case and result documents. */
const listColumns = {
  id: true,
  year: true,
  costVersion: true,
  scenario: true,
  method: true,
  status: true,
  progress: true,
  step: true,
  error: true,
  inputHash: true,
  outputHash: true,
  engineVersion: true,
  versionsUsed: true,
  author: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
} as const;
