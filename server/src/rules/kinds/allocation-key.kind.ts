import { AllocationKeyVersion } from '../entities/allocation-key-version.entity.js';
import type { DocumentKind } from '../versioning/document-kind.js';
import { underDocument } from '../versioning/field-issues.js';
import { allocationKeyCodeIssues, allocationKeyIssues } from './allocation-key-document.js';
import { costCenterKinds } from './cost-center-kinds.js';

export const allocationKeyKind: DocumentKind = {
  label: 'allocation key',
  entity: AllocationKeyVersion,
  async validate(code, document, manager) {
    const centers = await costCenterKinds(manager);
    return {
      ...allocationKeyCodeIssues(code, centers),
      ...underDocument(allocationKeyIssues(code, document, centers)),
    };
  },
};
