import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { canonicalJson, sha256 } from '../costing/domain/canonical-json.js';
import { ImportProfile as StoredProfile, type ImportKind } from './entities/import-profile.entity.js';
import {
  BUILT_IN_PROFILES,
  builtInProfile,
  ImportProfileError,
  validateImportProfile,
  type ImportProfile,
} from './parsing/index.js';

export const DEFAULT_PROFILE: Record<ImportKind, string> = { time: 'effica-time-v1', ledger: 'ledger-v1' };

/** The exact profile version an import reads its file with. */
export interface ResolvedProfile {
  readonly code: string;
  readonly version: number;
  readonly definition: ImportProfile;
}

export interface ImportProfileInfo {
  readonly code: string;
  readonly kind: ImportKind;
  readonly description: string;
  readonly builtIn: boolean;
  /** The stored version of this definition; null for a built-in profile no import has used yet. */
  readonly version: number | null;
  readonly hash: string;
  readonly definition: ImportProfile;
}

export const kindOf = (profile: ImportProfile): ImportKind =>
  profile.kind === 'time-records' ? 'time' : 'ledger';

const profileHash = (profile: ImportProfile): string => sha256(canonicalJson(profile));

/**
 * Import profiles: the built-in ones ship with the code and are stored (as version 1, or the next version
 * when the code's definition changed) the first time an import uses them, so every batch names the exact
 * definition it was read with. Other profiles are read from the store, latest version.
 */
@Injectable()
export class ImportProfilesService {
  constructor(private readonly dataSource: DataSource) {}

  async resolve(kind: ImportKind, code: string | undefined, author: string): Promise<ResolvedProfile> {
    const wanted = code ?? DEFAULT_PROFILE[kind];
    const builtIn = builtInProfile(wanted);
    const resolved = builtIn ? await this.register(builtIn, author) : await this.latestStored(wanted);
    if (kindOf(resolved.definition) !== kind) {
      const message = `The import profile "${wanted}" reads ${kindOf(resolved.definition)} files, not ${kind} files`;
      throw new DomainError('VALIDATION_FAILED', message, { profile: message });
    }
    return resolved;
  }

  async list(): Promise<ImportProfileInfo[]> {
    const stored = await this.dataSource
      .getRepository(StoredProfile)
      .find({ order: { code: 'ASC', version: 'DESC' } });
    const builtIns = BUILT_IN_PROFILES.map((definition) => {
      const hash = profileHash(definition);
      const match = stored.find((row) => row.code === definition.id && row.hash === hash);
      return info(definition, hash, true, match?.version ?? null);
    });
    const latestOthers = stored.filter(
      (row, i) => !builtInProfile(row.code) && stored.findIndex((other) => other.code === row.code) === i,
    );
    return [
      ...builtIns,
      ...latestOthers.map((row) =>
        info(row.definition as unknown as ImportProfile, row.hash, false, row.version),
      ),
    ];
  }

  private async register(definition: ImportProfile, author: string): Promise<ResolvedProfile> {
    const repository = this.dataSource.getRepository(StoredProfile);
    const hash = profileHash(definition);
    const code = definition.id;
    const latest = await repository.findOne({ where: { code }, order: { version: 'DESC' } });
    if (latest?.hash === hash) return { code, version: latest.version, definition };
    const version = (latest?.version ?? 0) + 1;
    const comment = version === 1 ? 'built-in profile' : 'built-in profile, changed in the code';
    // Two first imports at once: the second finds the first's row.
    await this.dataSource.query(
      `INSERT INTO import_profiles (code, kind, version, definition, hash, author, comment)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7) ON CONFLICT (code, version) DO NOTHING`,
      [code, kindOf(definition), version, canonicalJson(definition), hash, author, comment],
    );
    const stored = await repository.findOneByOrFail({ code, version });
    if (stored.hash !== hash)
      throw new DomainError('CONFLICT', `The import profile ${code} changed meanwhile`);
    return { code, version, definition };
  }

  private async latestStored(code: string): Promise<ResolvedProfile> {
    const latest = await this.dataSource
      .getRepository(StoredProfile)
      .findOne({ where: { code }, order: { version: 'DESC' } });
    if (!latest) {
      const known = BUILT_IN_PROFILES.map((profile) => profile.id).join(', ');
      const message = `There is no import profile "${code}" (built in: ${known})`;
      throw new DomainError('VALIDATION_FAILED', message, { profile: message });
    }
    try {
      return { code, version: latest.version, definition: validateImportProfile(latest.definition) };
    } catch (error) {
      if (!(error instanceof ImportProfileError)) throw error;
      throw new DomainError('VALIDATION_FAILED', error.message, { profile: error.message });
    }
  }
}

function info(
  definition: ImportProfile,
  hash: string,
  builtIn: boolean,
  version: number | null,
): ImportProfileInfo {
  const { id: code, description } = definition;
  return { code, kind: kindOf(definition), description, builtIn, version, hash, definition };
}
