import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export type RunMethod = 'direct' | 'step_down' | 'reciprocal';
export type RunStatus = 'queued' | 'running' | 'succeeded' | 'failed';

/**
 * One recalculation for (year, cost version, scenario): the exact inputs (full case and the versions of
 * rules and keys used), the full result, and their hashes, so any historical price can be reproduced.
 */
@Entity('calculation_runs')
@Unique(['idempotencyKey'])
@Check('ck_calculation_runs_method', "method IN ('direct', 'step_down', 'reciprocal')")
@Check('ck_calculation_runs_status', "status IN ('queued', 'running', 'succeeded', 'failed')")
@Check('ck_calculation_runs_progress', 'progress BETWEEN 0 AND 100')
@Check(
  'ck_calculation_runs_succeeded',
  "status <> 'succeeded' OR (input_hash IS NOT NULL AND output_hash IS NOT NULL AND result IS NOT NULL " +
    'AND finished_at IS NOT NULL)',
)
@Index(['year', 'costVersion', 'scenario', 'createdAt'])
@Index(['inputHash'])
export class CalculationRun {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'integer' })
  year: number;

  /** TA (budget), TP (actual) or a scenario's cost version. */
  @Column({ type: 'text' })
  costVersion: string;

  @Column({ type: 'text', default: 'base' })
  scenario: string;

  @Column({ type: 'text' })
  method: RunMethod;

  @Column({ type: 'text', default: 'queued' })
  status: RunStatus;

  /** Percent done, with the current step's name, for job status. */
  @Column({ type: 'integer', default: 0 })
  progress: number;

  @Column({ type: 'text', nullable: true })
  step: string | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  /** Set by a job so that a retried job finds its run instead of storing a second one. */
  @Column({ type: 'text', nullable: true })
  idempotencyKey: string | null;

  @Column({ type: 'text', nullable: true })
  inputHash: string | null;

  @Column({ type: 'text', nullable: true })
  outputHash: string | null;

  @Column({ type: 'text' })
  engineVersion: string;

  /** Which version of each rule set, allocation key and data batch the run used. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  versionsUsed: Record<string, unknown>;

  /** The full costing case given to the engine. */
  @Column({ type: 'jsonb', nullable: true })
  input: Record<string, unknown> | null;

  /** The engine's full result. */
  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, unknown> | null;

  @Column({ type: 'text' })
  author: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
