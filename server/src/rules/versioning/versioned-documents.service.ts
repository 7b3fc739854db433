import { DataSource, QueryFailedError, type Repository } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import type { VersionedDocument } from '../entities/versioned-document.js';
import { versionInForce, versionsInForce } from '../versions-in-force.js';
import { businessDate } from './business-date.js';
import { diffDocuments, type DocumentChange } from './document-diff.js';
import { canonicalDocument, documentHash } from './document-hash.js';
import type { DocumentKind } from './document-kind.js';

type Version = VersionedDocument<unknown>;

export interface SaveVersionInput {
  document: Record<string, unknown>;
  effectiveFrom: string;
  comment: string;
  /** The version the edit started from: 0 (or absent) for a new code. */
  baseVersion?: number;
}

export interface DocumentOverview {
  code: string;
  latest: Version;
  inForce: Version | undefined;
  inForceOn: string;
}

export interface VersionDiff {
  code: string;
  from: Version;
  to: Version;
  changes: DocumentChange[];
}

/**
 * Versioned JSON documents (allocation keys, rule sets, the costing policy): every save inserts a new
 * immutable version. Concurrency is optimistic: a save names the version it started from, and the
 * unique (code, version) constraint decides between two saves that started from the same one.
 */
export class VersionedDocumentsService {
  constructor(
    protected readonly dataSource: DataSource,
    readonly kind: DocumentKind,
  ) {}

  /** Each code with its latest version and the version in force on the date (default: today). */
  async overview(onDate = businessDate()): Promise<DocumentOverview[]> {
    const latest = await this.repository()
      .createQueryBuilder('v')
      .distinctOn(['v.code'])
      .orderBy('v.code')
      .addOrderBy('v.version', 'DESC')
      .getMany();
    const inForce = new Map(
      (await versionsInForce(this.dataSource.manager, this.kind.entity, onDate)).map((v) => [v.code, v]),
    );
    return latest.map((v) => ({ code: v.code, latest: v, inForce: inForce.get(v.code), inForceOn: onDate }));
  }

  async versions(code: string): Promise<Version[]> {
    const versions = await this.repository().find({ where: { code }, order: { version: 'ASC' } });
    if (versions.length === 0) throw this.unknownCode(code);
    return versions;
  }

  async version(code: string, version: number): Promise<Version> {
    const found = await this.repository().findOneBy({ code, version });
    if (found) return found;
    await this.assertKnown(code); // an unknown code says so, rather than "no version 3"
    throw new DomainError('NOT_FOUND', `${this.title(code)} has no version ${version}`);
  }

  async inForce(code: string, onDate = businessDate()): Promise<Version> {
    const found = await versionInForce(this.dataSource.manager, this.kind.entity, code, onDate);
    if (found) return found;
    await this.assertKnown(code);
    throw new DomainError('NOT_FOUND', `${this.title(code)} has no version in force on ${onDate}`);
  }

  async diff(code: string, from: number, to: number): Promise<VersionDiff> {
    const [before, after] = [await this.version(code, from), await this.version(code, to)];
    return { code, from: before, to: after, changes: diffDocuments(before.document, after.document) };
  }

  /** Saves a new version; 409 STALE_VERSION if another was saved since `baseVersion`. */
  async save(code: string, input: SaveVersionInput, author: string): Promise<Version> {
    const latest = await this.latest(code);
    const base = input.baseVersion ?? 0;
    if (base !== (latest?.version ?? 0)) throw this.stale(code, base, latest);
    await this.check(code, input.document);
    const document = canonicalDocument(input.document);
    const hash = documentHash(document);
    if (latest && latest.hash === hash && latest.effectiveFrom === input.effectiveFrom) {
      throw this.noChange(code, latest);
    }
    const version = base + 1;
    try {
      const { effectiveFrom, comment } = input;
      await this.repository().insert({ code, version, effectiveFrom, document, hash, author, comment });
    } catch (error) {
      if (this.isVersionCollision(error)) throw this.stale(code, base, await this.latest(code));
      throw error;
    }
    return this.repository().findOneByOrFail({ code, version });
  }

  private async assertKnown(code: string): Promise<void> {
    if (!(await this.repository().existsBy({ code }))) throw this.unknownCode(code);
  }

  private async check(code: string, document: Record<string, unknown>): Promise<void> {
    const fields = await this.kind.validate(code, document, this.dataSource.manager);
    if (Object.keys(fields).length === 0) return;
    const message = Object.entries(fields)
      .map(([field, problem]) => `${field}: ${problem}`)
      .join('; ');
    throw new DomainError('VALIDATION_FAILED', message, fields);
  }

  private latest(code: string): Promise<Version | null> {
    return this.repository().findOne({ where: { code }, order: { version: 'DESC' } });
  }

  private repository(): Repository<Version> {
    return this.dataSource.getRepository(this.kind.entity);
  }

  /** A concurrent save of the same version number: the unique (code, version) constraint refused it. */
  private isVersionCollision(error: unknown): boolean {
    if (!(error instanceof QueryFailedError)) return false;
    const { code, constraint } = error.driverError as { code?: string; constraint?: string };
    const table = this.dataSource.getMetadata(this.kind.entity).tableName;
    return code === '23505' && constraint === `uq_${table}_code_version`;
  }

  private stale(code: string, base: number, latest: Version | null): DomainError {
    const edited = base === 0 ? 'you started a new one' : `you edited version ${base}`;
    const current = latest
      ? `the latest is version ${latest.version}, saved by ${latest.author} at ${latest.createdAt.toISOString()}`
      : 'it has no versions yet (save with baseVersion 0)';
    return new DomainError(
      'STALE_VERSION',
      `${this.title(code)} has changed: ${edited}, but ${current}. Reload it, apply your change again and save.`,
      { baseVersion: `is not the latest version (${latest?.version ?? 0})` },
      {
        latestVersion: latest?.version ?? 0,
        latestAuthor: latest?.author ?? null,
        latestCreatedAt: latest?.createdAt.toISOString() ?? null,
      },
    );
  }

  private noChange(code: string, latest: Version): DomainError {
    return new DomainError(
      'CONFLICT',
      `No change: version ${latest.version} of ${this.kind.label} "${code}" has the same document and ` +
        `effective date (${latest.effectiveFrom}); nothing was saved`,
      undefined,
      { latestVersion: latest.version, hash: latest.hash },
    );
  }

  private unknownCode(code: string): DomainError {
    return new DomainError('NOT_FOUND', `${this.title(code)} was not found`);
  }

  /** `Allocation key "TILAT"` */
  private title(code: string): string {
    const label = this.kind.label;
    return `${label.charAt(0).toUpperCase()}${label.slice(1)} "${code}"`;
  }
}
