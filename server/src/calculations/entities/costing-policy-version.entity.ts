import { Check, Entity, Index, Unique } from 'typeorm';
import { VersionedDocument } from '../../rules/entities/versioned-document.js';
import type { CostingPolicy } from '../costing-policy.js';

/** A version of the costing policy: method, step order, rule set, ledger units in scope, hours per FTE. */
@Entity('costing_policy_versions')
@Unique(['code', 'version'])
@Check('ck_costing_policy_versions_code', "btrim(code) <> ''")
@Check('ck_costing_policy_versions_version', 'version > 0')
@Check('ck_costing_policy_versions_hash', "hash ~ '^[0-9a-f]{64}$'")
@Index(['code', 'effectiveFrom'])
export class CostingPolicyVersion extends VersionedDocument<CostingPolicy> {}
