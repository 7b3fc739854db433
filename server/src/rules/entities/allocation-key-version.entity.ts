import { Check, Entity, Index, Unique } from 'typeorm';
import { VersionedDocument } from './versioned-document.js';

/** A version of an allocation key (jakoperuste): how a support center's cost is shared. */
@Entity('allocation_key_versions')
@Unique(['code', 'version'])
@Check('ck_allocation_key_versions_code', "btrim(code) <> ''")
@Check('ck_allocation_key_versions_version', 'version > 0')
@Check('ck_allocation_key_versions_hash', "hash ~ '^[0-9a-f]{64}$'")
@Index(['code', 'effectiveFrom'])
export class AllocationKeyVersion extends VersionedDocument {}
