import { TranslationKey } from '../i18n/translation';

export interface Section {
  readonly path: string;
  readonly title: TranslationKey;
  /** A Material Symbols ligature name. */
  readonly icon: string;
}

/** The sections of the admin, in the order of the year's workflow (issue 6). */
export const SECTIONS: readonly Section[] = [
  { path: 'dashboard', title: 'nav.dashboard', icon: 'dashboard' },
  { path: 'catalog', title: 'nav.catalog', icon: 'category' },
  { path: 'organization', title: 'nav.organization', icon: 'account_tree' },
  { path: 'imports', title: 'nav.imports', icon: 'upload_file' },
  { path: 'cost-data', title: 'nav.costData', icon: 'table_view' },
  { path: 'allocation-keys', title: 'nav.allocationKeys', icon: 'key' },
  { path: 'rule-sets', title: 'nav.ruleSets', icon: 'rule' },
  { path: 'runs', title: 'nav.runs', icon: 'calculate' },
  { path: 'scenarios', title: 'nav.scenarios', icon: 'compare' },
  { path: 'agreement-years', title: 'nav.agreementYears', icon: 'calendar_month' },
  { path: 'service-agreements', title: 'nav.serviceAgreements', icon: 'handshake' },
  { path: 'reports', title: 'nav.reports', icon: 'bar_chart' },
  { path: 'audit-log', title: 'nav.auditLog', icon: 'history' },
];
