import type { EntityManager } from 'typeorm';
import { quoteValue, type Rejection, type TimeRecordProfile, type TimeRecordRow } from '../parsing/index.js';
import { columnLabel } from './column-label.js';

interface ReferenceCheck {
  readonly field: 'workerCode' | 'costCenter' | 'product';
  readonly codes: ReadonlySet<string>;
  readonly register: string;
}

/**
 * The organization's workers, cost centers and products, loaded once per import: a time record naming a
 * code the registers do not know is rejected (it could not be priced), with the column and the code.
 */
export class ReferenceCodes {
  private constructor(
    private readonly checks: readonly ReferenceCheck[],
    private readonly profile: TimeRecordProfile,
    private readonly pseudonymize: (clientRef: string) => string,
  ) {}

  /** `pseudonymize` is the import's: it tells whether a code is in fact the row's client reference. */
  static async load(
    manager: EntityManager,
    profile: TimeRecordProfile,
    pseudonymize: (clientRef: string) => string,
  ): Promise<ReferenceCodes> {
    const codes = async (table: string): Promise<Set<string>> => {
      const rows: { code: string }[] = await manager.query(`SELECT code FROM ${table}`);
      return new Set(rows.map((row) => row.code));
    };
    // In the file's usual column order, so a row is rejected for its leftmost problem.
    const checks: ReferenceCheck[] = [
      { field: 'workerCode', codes: await codes('workers'), register: "the organization's workers" },
      {
        field: 'costCenter',
        codes: await codes('cost_centers'),
        register: "the organization's cost centers",
      },
      { field: 'product', codes: await codes('service_products'), register: 'the service product catalog' },
    ];
    return new ReferenceCodes(checks, profile, pseudonymize);
  }

  /** Why the record cannot be imported, or undefined when every code is known. */
  check(record: TimeRecordRow): Rejection | undefined {
    for (const { field, codes, register } of this.checks) {
      const code = record[field];
      if (codes.has(code)) continue;
      const column = columnLabel(this.profile.columns[field]);
      return {
        line: record.line,
        column,
        reason: `${column}: ${this.quote(code, record)} is not in ${register}`,
      };
    }
    return undefined;
  }

  // Columns swapped in the export would put the client reference here: it is never quoted.
  private quote(code: string, record: TimeRecordRow): string {
    return this.pseudonymize(code) === record.clientKey ? 'the client reference' : quoteValue(code);
  }
}
