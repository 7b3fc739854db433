import { Check, Entity, Index, Unique } from 'typeorm';
import { VersionedDocument } from './versioned-document.js';

/** A version of a rule set (json-rules-engine rules for classification and pricing). */
@Entity('rule_set_versions')
@Unique(['code', 'version'])
@Check('ck_rule_set_versions_code', "btrim(code) <> ''")
@Check('ck_rule_set_versions_version', 'version > 0')
@Check('ck_rule_set_versions_hash', "hash ~ '^[0-9a-f]{64}$'")
@Index(['code', 'effectiveFrom'])
export class RuleSetVersion extends VersionedDocument {}
