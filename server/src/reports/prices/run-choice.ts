import { DomainError } from '../../common/errors/domain-error.js';
import type { CalculationRun } from '../../calculations/entities/calculation-run.entity.js';
import type { RunsService } from '../../calculations/runs.service.js';
import type { RunSelectionDto } from '../dto/price-query.dto.js';
import type { PriceOrigin } from './price-source.js';

/** The run a price report is about: by id, or the latest successful one of a year and cost version. */
export async function chooseRun(runs: RunsService, choice: RunSelectionDto): Promise<CalculationRun> {
  if (choice.runId === undefined && choice.year === undefined) {
    throw new DomainError('VALIDATION_FAILED', 'runId: give a run id, or a year', {
      runId: 'give a run id, or a year (and costVersion)',
    });
  }
  const run =
    choice.runId !== undefined
      ? await runs.get(choice.runId)
      : await runs.latest({
          year: choice.year,
          costVersion: choice.costVersion ?? 'TP',
          scenario: choice.scenario ?? 'base',
        });
  if (run.status !== 'succeeded') {
    throw new DomainError('CONFLICT', `Run ${run.id} has no prices: its status is ${run.status}`);
  }
  return run;
}

export function originOf(run: CalculationRun): PriceOrigin {
  return {
    kind: 'run',
    year: run.year,
    costVersion: run.costVersion,
    scenario: run.scenario,
    runId: run.id,
    finishedAt: run.finishedAt?.toISOString() ?? '',
    outputHash: run.outputHash ?? '',
  };
}
