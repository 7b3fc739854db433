/** One problem in a costing case, with the path of the offending field (`costLines[2].amount`). */
export interface CaseIssue {
  path: string;
  message: string;
}

export class CaseValidationError extends Error {
  readonly code = 'COSTING_CASE_INVALID';

  constructor(readonly issues: CaseIssue[]) {
    super(issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
    this.name = 'CaseValidationError';
  }
}
