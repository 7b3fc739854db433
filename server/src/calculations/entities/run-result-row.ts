import { JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { CalculationRun } from './calculation-run.entity.js';

/** A normalized result row belongs to its run and goes with it. */
export abstract class RunResultRow {
  @PrimaryColumn({ type: 'uuid' })
  runId: string;

  @ManyToOne(() => CalculationRun, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn()
  run: Relation<CalculationRun>;
}

/** A row of a list-shaped result, keyed by its position in the engine's output. */
export abstract class RunResultListRow extends RunResultRow {
  @PrimaryColumn({ type: 'integer' })
  seq: number;
}
