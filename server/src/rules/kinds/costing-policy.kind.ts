import type { EntityManager } from 'typeorm';
import { CostingPolicyVersion } from '../../calculations/entities/costing-policy-version.entity.js';
import { RuleSetVersion } from '../entities/rule-set-version.entity.js';
import type { DocumentKind } from '../versioning/document-kind.js';
import { underDocument } from '../versioning/field-issues.js';
import { costCenterKinds } from './cost-center-kinds.js';
import { costingPolicyCodeIssues, costingPolicyIssues } from './costing-policy-document.js';

export const costingPolicyKind: DocumentKind = {
  label: 'costing policy',
  entity: CostingPolicyVersion,
  async validate(code, document, manager) {
    const ruleSet = await ruleSetExists(manager, document.ruleSet);
    return {
      ...costingPolicyCodeIssues(code),
      ...underDocument(costingPolicyIssues(document, await costCenterKinds(manager), ruleSet)),
    };
  },
};

async function ruleSetExists(manager: EntityManager, code: unknown): Promise<boolean> {
  return typeof code === 'string' && manager.getRepository(RuleSetVersion).existsBy({ code });
}
