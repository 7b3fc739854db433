import { POLICY_CODE } from '../calculations/costing-policy.js';
import {
  AllocationKeysService,
  CostingPolicyService,
  RuleSetsService,
} from './versioned-document-services.js';
import { versionsController } from './versioning/versions.controller.js';

export const AllocationKeysController = versionsController({
  path: 'allocation-keys',
  name: 'AllocationKeysController',
  service: AllocationKeysService,
  codeExample: 'TILAT',
  documentExample: {
    name: 'Toimitilat: huoneistoala m²',
    description: 'Toimitilojen huoneistoala kustannuspaikoittain',
    shares: { 'LS-AVO': '118', 'LS-SIJAISHUOLTO': '86', HALLINTO: '60' },
  },
  documentDescription:
    'The code is the support center whose cost the key shares. The document is `{ name?, description?, ' +
    'basis? ("clientHours" | "fte"), shares? { "<cost center>": "<non-negative decimal>" } }`, with ' +
    'either a basis or shares (at least one positive).',
});

export const RuleSetsController = versionsController({
  path: 'rule-sets',
  name: 'RuleSetsController',
  service: RuleSetsService,
  codeExample: 'default-classification',
  documentExample: {
    code: 'default-classification',
    name: 'Kuntien tilikartan oletusluokittelu',
    rules: [
      {
        name: 'transfers-and-benefits',
        conditions: { all: [{ fact: 'account', operator: 'startsWith', value: '47' }] },
        event: {
          type: 'exclude',
          params: { reason: 'avustukset ja tulonsiirrot eivät kuulu tuotteen hintaan' },
        },
      },
    ],
  },
  documentDescription:
    'The document is `{ code, name, description?, rules }` as in rules/rule-set.schema.json (see ' +
    "rules/README.md); its code must be the one in the path, and every rule must pass the engine's checks " +
    "against the organization's cost centers.",
});

export const CostingPolicyController = versionsController({
  path: 'costing-policy',
  name: 'CostingPolicyController',
  service: CostingPolicyService,
  codeExample: POLICY_CODE,
  documentExample: {
    method: 'step_down',
    stepOrder: ['TILAT', 'HALLINTO', 'ATK', 'ASIANTUNTIJAT'],
    ruleSet: 'demo-jyvaskyla-2011',
    ledgerUnits: ['1111MR350.11'],
    practicalHoursPerFte: '1280',
    netHoursPerFte: '1600',
    priceRounding: '0.01',
  },
  documentDescription:
    `One code, "${POLICY_CODE}". The document is \`{ method, stepOrder?, ruleSet, ledgerUnits, ` +
    'practicalHoursPerFte, netHoursPerFte, priceRounding }`: the step order lists support centers, the ' +
    'rule set must exist.',
});
