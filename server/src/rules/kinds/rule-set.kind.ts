import { RuleSetVersion } from '../entities/rule-set-version.entity.js';
import type { DocumentKind } from '../versioning/document-kind.js';
import { underDocument } from '../versioning/field-issues.js';
import { costCenterKinds } from './cost-center-kinds.js';
import { ruleSetIssues } from './rule-set-document.js';

export const ruleSetKind: DocumentKind = {
  label: 'rule set',
  entity: RuleSetVersion,
  async validate(code, document, manager) {
    return underDocument(ruleSetIssues(code, document, await costCenterKinds(manager)));
  },
};
