import type { AllocationMethod } from '../costing/domain/costing-case.js';

/**
 * The organization's costing policy (laskentaperiaatteet), versioned like keys and rule sets: how
 * support costs are allocated, which rule set classifies the ledger, which ledger units are in scope.
 */
export interface CostingPolicy {
  method: AllocationMethod;
  /** Step-down only: the support centers in order. */
  stepOrder?: string[];
  /** Code of the classification rule set (rule_set_versions.code). */
  ruleSet: string;
  /** Ledger units (besides the organization's own cost centers) whose lines the runs read. */
  ledgerUnits: string[];
  /** Practical capacity of one FTE, for centers without their own practical capacity hours. */
  practicalHoursPerFte: string;
  /** Paid net working hours of one FTE, for the share of paid time in client work (reports). */
  netHoursPerFte: string;
  /** Price rounding step, e.g. "0.01". */
  priceRounding: string;
}

export const POLICY_CODE = 'default';

export const costingPolicySchema = {
  type: 'object',
  required: ['method', 'ruleSet', 'ledgerUnits', 'practicalHoursPerFte', 'netHoursPerFte', 'priceRounding'],
  additionalProperties: false,
  properties: {
    method: { enum: ['direct', 'step_down', 'reciprocal'] },
    stepOrder: { type: 'array', items: { type: 'string', minLength: 1 } },
    ruleSet: { type: 'string', minLength: 1 },
    ledgerUnits: { type: 'array', items: { type: 'string', minLength: 1 } },
    practicalHoursPerFte: { type: 'string', pattern: '^\\d+(\\.\\d+)?$' },
    netHoursPerFte: { type: 'string', pattern: '^\\d+(\\.\\d+)?$' },
    priceRounding: { type: 'string', pattern: '^\\d+(\\.\\d+)?$' },
  },
} as const;
