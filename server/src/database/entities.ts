// Every entity, listed explicitly: TypeORM's directory globs do not work with ESM sources under Jest.
import { AuditEntry } from '../audit/entities/audit-entry.entity.js';
import { User } from '../auth/entities/user.entity.js';
import { CalculationRun } from '../calculations/entities/calculation-run.entity.js';
import { CostingPolicyVersion } from '../calculations/entities/costing-policy-version.entity.js';
import { RunCenterResult } from '../calculations/entities/run-center-result.entity.js';
import { RunExcludedLine } from '../calculations/entities/run-excluded-line.entity.js';
import { RunProductResult } from '../calculations/entities/run-product-result.entity.js';
import { RunSupportAllocation } from '../calculations/entities/run-support-allocation.entity.js';
import { RunUnallocated } from '../calculations/entities/run-unallocated.entity.js';
import { ServiceArea } from '../catalog/entities/service-area.entity.js';
import { ServicePackageProduct } from '../catalog/entities/service-package-product.entity.js';
import { ServicePackage } from '../catalog/entities/service-package.entity.js';
import { ServiceProduct } from '../catalog/entities/service-product.entity.js';
import { ImportBatch } from '../imports/entities/import-batch.entity.js';
import { ImportProfile } from '../imports/entities/import-profile.entity.js';
import { ImportRejection } from '../imports/entities/import-rejection.entity.js';
import { Account } from '../ledger/entities/account.entity.js';
import { CostLine } from '../ledger/entities/cost-line.entity.js';
import { CostCenter } from '../organization/entities/cost-center.entity.js';
import { Region } from '../organization/entities/region.entity.js';
import { Worker } from '../organization/entities/worker.entity.js';
import { PurchasedServicePrice } from '../reports/entities/purchased-service-price.entity.js';
import { ReferencePrice } from '../reports/entities/reference-price.entity.js';
import { AllocationKeyVersion } from '../rules/entities/allocation-key-version.entity.js';
import { RuleSetVersion } from '../rules/entities/rule-set-version.entity.js';
import { TimeRecord } from '../time-records/entities/time-record.entity.js';

export const entities = [
  Region,
  CostCenter,
  Worker,
  ServiceArea,
  ServiceProduct,
  ServicePackage,
  ServicePackageProduct,
  Account,
  CostLine,
  TimeRecord,
  ImportProfile,
  ImportBatch,
  ImportRejection,
  AllocationKeyVersion,
  RuleSetVersion,
  CostingPolicyVersion,
  CalculationRun,
  RunProductResult,
  RunCenterResult,
  RunSupportAllocation,
  RunExcludedLine,
  RunUnallocated,
  User,
  AuditEntry,
  ReferencePrice,
  PurchasedServicePrice,
];
