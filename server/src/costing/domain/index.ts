export { calculate } from './calculate.js';
export { CaseValidationError, type CaseIssue } from './case-validation-error.js';
export * from './costing-case.js';
export { costingCaseSchema } from './costing-case.schema.js';
