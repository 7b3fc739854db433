import type { EntityManager, EntityTarget } from 'typeorm';
import type { VersionedDocument } from './entities/versioned-document.js';

/** The first day of a year, when the versions that apply to that year must be in force. */
export const yearStart = (year: number) => `${year}-01-01`;

/**
 * For each code, the version in force on a date: the latest effective_from on or before it (and of
 * those, the highest version number, i.e. the latest correction).
 */
export async function versionsInForce<T extends VersionedDocument<unknown>>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  onDate: string,
): Promise<T[]> {
  const repository = manager.getRepository(entity);
  return repository
    .createQueryBuilder('v')
    .distinctOn(['v.code'])
    .where('v.effective_from <= :onDate', { onDate })
    .orderBy('v.code')
    .addOrderBy('v.effective_from', 'DESC')
    .addOrderBy('v.version', 'DESC')
    .getMany();
}

export async function versionInForce<T extends VersionedDocument<unknown>>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  code: string,
  onDate: string,
): Promise<T | undefined> {
  const found = await manager
    .getRepository(entity)
    .createQueryBuilder('v')
    .where('v.code = :code AND v.effective_from <= :onDate', { code, onDate })
    .orderBy('v.effective_from', 'DESC')
    .addOrderBy('v.version', 'DESC')
    .getOne();
  return found ?? undefined;
}

/** What a run records of a version it used. */
export function versionRef(version: VersionedDocument<unknown>) {
  return {
    code: version.code,
    version: version.version,
    effectiveFrom: version.effectiveFrom,
    hash: version.hash,
  };
}
