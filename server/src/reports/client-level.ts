import { SetMetadata } from '@nestjs/common';
import type { Role } from '../auth/roles.js';
import type { ReportName } from './report.js';

/**
 * Reports that show pseudonymous client keys: only the finance and auditor roles may read them (the
 * endpoints declare it with @Roles; a worker's by-client view is open to the worker for their own
 * records). Client keys are never logged: no report service logs, and no error message quotes a key.
 */
export const CLIENT_LEVEL_REPORTS = [
  'client-cost',
  'billing-statement',
  'special-compensation',
  'worker-working-time:client',
] as const satisfies readonly (ReportName | `${ReportName}:${string}`)[];

export const CLIENT_LEVEL_ROLES: readonly Role[] = ['finance', 'auditor'];

/** Time-record reports: everyone's records for admin, finance and auditor; a worker's own for a worker. */
export const TIME_REPORT_READERS: readonly Role[] = ['finance', 'admin', 'auditor', 'worker'];

export const CLIENT_LEVEL_KEY = 'tuotteisto:client-level-report';

/** Marks an endpoint that can answer with client keys (for the role matrix and the OpenAPI reader). */
export const ClientLevel = (report: (typeof CLIENT_LEVEL_REPORTS)[number]) =>
  SetMetadata(CLIENT_LEVEL_KEY, report);
