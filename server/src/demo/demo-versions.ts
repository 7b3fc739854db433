import { readFileSync } from 'node:fs';
import type { EntityManager } from 'typeorm';
import { POLICY_CODE, type CostingPolicy } from '../calculations/costing-policy.js';
import { CostingPolicyVersion } from '../calculations/entities/costing-policy-version.entity.js';
import { canonicalJson, sha256 } from '../costing/domain/canonical-json.js';
import { AllocationKeyVersion } from '../rules/entities/allocation-key-version.entity.js';
import { RuleSetVersion } from '../rules/entities/rule-set-version.entity.js';
import type { VersionedDocument } from '../rules/entities/versioned-document.js';
import {
  ALLOCATION_METHOD,
  allocationKeys,
  NET_HOURS_PER_FTE,
  PRACTICAL_HOURS_PER_FTE,
  STEP_ORDER,
} from './demo-organization.js';

export const DEMO_RULE_SET_FILE = 'rules/demo-jyvaskyla-2011.json';
const EFFECTIVE_FROM = '2011-01-01';
const AUTHOR = 'demo';

/** The demo's costing policy, rule set and allocation keys as version 1 each, if not saved yet. */
export async function registerDemoVersions(manager: EntityManager): Promise<void> {
  const ruleSet = JSON.parse(readFileSync(DEMO_RULE_SET_FILE, 'utf8')) as { code: string; name: string };
  await saveFirstVersion(
    manager,
    RuleSetVersion,
    ruleSet.code,
    ruleSet,
    'demo: default rules and routing of the Jyväskylä ledger',
  );
  const policy: CostingPolicy = {
    method: ALLOCATION_METHOD,
    stepOrder: STEP_ORDER,
    ruleSet: ruleSet.code,
    ledgerUnits: ['1111MR350.11', '1111MR340.11', '1111MR300.11'],
    practicalHoursPerFte: String(PRACTICAL_HOURS_PER_FTE),
    netHoursPerFte: String(NET_HOURS_PER_FTE),
    priceRounding: '0.01',
  };
  await saveFirstVersion(manager, CostingPolicyVersion, POLICY_CODE, policy, 'demo costing policy');
  for (const key of allocationKeys) {
    const document = { name: key.name, description: key.description, basis: key.basis, shares: key.shares };
    await saveFirstVersion(
      manager,
      AllocationKeyVersion,
      key.from,
      JSON.parse(JSON.stringify(document)),
      key.description ?? '',
    );
  }
}

async function saveFirstVersion<T extends VersionedDocument<unknown>>(
  manager: EntityManager,
  entity: new () => T,
  code: string,
  document: object,
  comment: string,
): Promise<void> {
  const repository = manager.getRepository(entity);
  if (await repository.existsBy({ code } as never)) return;
  await repository.insert({
    code,
    version: 1,
    effectiveFrom: EFFECTIVE_FROM,
    document,
    hash: sha256(canonicalJson(document)),
    author: AUTHOR,
    comment,
  } as never);
}
