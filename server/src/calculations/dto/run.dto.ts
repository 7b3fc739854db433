import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CalculationRun } from '../entities/calculation-run.entity.js';

export class RunDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 2011 }) year: number;
  @ApiProperty({ example: 'TP', description: 'TA = budget, TP = actual, or a scenario cost version' })
  costVersion: string;
  @ApiProperty({ example: 'base' }) scenario: string;
  @ApiProperty({ enum: ['direct', 'step_down', 'reciprocal'] }) method: string;
  @ApiProperty({ enum: ['queued', 'running', 'succeeded', 'failed'] }) status: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) progress: number;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'calculating' }) step: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) error: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'SHA-256 of the canonical input case' })
  inputHash: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'SHA-256 of the result' })
  outputHash: string | null;
  @ApiProperty({ example: '1.0.0' }) engineVersion: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Versions of the costing policy, rule set and allocation keys the run used',
  })
  versionsUsed: Record<string, unknown>;
  @ApiProperty() author: string;
  @ApiProperty() createdAt: string;
  @ApiPropertyOptional({ type: String, nullable: true }) startedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) finishedAt: string | null;
}

export function toRunDto(run: CalculationRun): RunDto {
  return {
    id: run.id,
    year: run.year,
    costVersion: run.costVersion,
    scenario: run.scenario,
    method: run.method,
    status: run.status,
    progress: run.progress,
    step: run.step,
    error: run.error,
    inputHash: run.inputHash,
    outputHash: run.outputHash,
    engineVersion: run.engineVersion,
    versionsUsed: run.versionsUsed,
    author: run.author,
    createdAt: run.createdAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}
