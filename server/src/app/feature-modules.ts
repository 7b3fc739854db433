import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CalculationsModule } from '../calculations/calculations.module.js';
import { CatalogModule } from '../catalog/catalog.module.js';
import { DemoModule } from '../demo/demo.module.js';
import { HealthModule } from '../health/health.module.js';
import { ImportsModule } from '../imports/imports.module.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { RulesModule } from '../rules/rules.module.js';

/** Every feature module of the API, in one list (the app module and the OpenAPI generator use it). */
export const featureModules = [
  HealthModule,
  AuthModule,
  AuditModule,
  CalculationsModule,
  RulesModule,
  ImportsModule,
  CatalogModule,
  OrganizationModule,
  LedgerModule,
  ReportsModule,
  DemoModule,
];
