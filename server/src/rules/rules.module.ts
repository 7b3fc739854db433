import { Module } from '@nestjs/common';
import {
  AllocationKeysController,
  CostingPolicyController,
  RuleSetsController,
} from './versioned-document-controllers.js';
import {
  AllocationKeysService,
  CostingPolicyService,
  RuleSetsService,
} from './versioned-document-services.js';

/** Versioned documents: allocation keys, rule sets and the costing policy. */
@Module({
  controllers: [AllocationKeysController, RuleSetsController, CostingPolicyController],
  providers: [AllocationKeysService, RuleSetsService, CostingPolicyService],
  exports: [AllocationKeysService, RuleSetsService, CostingPolicyService],
})
export class RulesModule {}
