import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { allocationKeyKind } from './kinds/allocation-key.kind.js';
import { costingPolicyKind } from './kinds/costing-policy.kind.js';
import { ruleSetKind } from './kinds/rule-set.kind.js';
import { VersionedDocumentsService } from './versioning/versioned-documents.service.js';

// One generic service, bound to each kind of document (a class each, so Nest can inject it by type).

@Injectable()
export class AllocationKeysService extends VersionedDocumentsService {
  constructor(dataSource: DataSource) {
    super(dataSource, allocationKeyKind);
  }
}

@Injectable()
export class RuleSetsService extends VersionedDocumentsService {
  constructor(dataSource: DataSource) {
    super(dataSource, ruleSetKind);
  }
}

@Injectable()
export class CostingPolicyService extends VersionedDocumentsService {
  constructor(dataSource: DataSource) {
    super(dataSource, costingPolicyKind);
  }
}
