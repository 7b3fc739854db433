// Every migration in order, listed explicitly: TypeORM's directory globs do not work with ESM sources under Jest.
import { ImmutableRows1796300000000 } from './1796300000000-ImmutableRows.js';
import { ReferenceData1796300000001 } from './1796300000001-ReferenceData.js';
import { Imports1796300000002 } from './1796300000002-Imports.js';
import { CostAndTimeData1796300000003 } from './1796300000003-CostAndTimeData.js';
import { VersionedRules1796300000004 } from './1796300000004-VersionedRules.js';
import { CalculationRuns1796300000005 } from './1796300000005-CalculationRuns.js';
import { CostingPolicy1796300000006 } from './1796300000006-CostingPolicy.js';
import { ImportBatchDeletion1796300000007 } from './1796300000007-ImportBatchDeletion.js';
import { Users1796300000008 } from './1796300000008-Users.js';
import { AuditLog1796300000009 } from './1796300000009-AuditLog.js';
import { ComparisonPrices1796300000010 } from './1796300000010-ComparisonPrices.js';

export const migrations = [
  ImmutableRows1796300000000,
  ReferenceData1796300000001,
  Imports1796300000002,
  CostAndTimeData1796300000003,
  VersionedRules1796300000004,
  CalculationRuns1796300000005,
  CostingPolicy1796300000006,
  ImportBatchDeletion1796300000007,
  Users1796300000008,
  AuditLog1796300000009,
  ComparisonPrices1796300000010,
];
