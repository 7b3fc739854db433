import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEntry, type AuditedRequest } from './entities/audit-entry.entity.js';
import { capped, redact } from './redact.js';

/** States and requests above this size are logged as their size and hash (the objects keep their own history). */
const MAX_STATE_BYTES = 32_768;

export interface AuditRecord {
  readonly username: string | null;
  readonly action: string;
  readonly objectType?: string | null;
  readonly objectId?: string | null;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly changes?: unknown;
  readonly reason?: string | null;
  readonly correlationId?: string | null;
  readonly request?: AuditedRequest | null;
}

export interface AuditSearch {
  readonly objectType?: string;
  readonly objectId?: string;
  readonly username?: string;
  readonly action?: string;
  /** Inclusive. */
  readonly from?: Date;
  /** Exclusive. */
  readonly to?: Date;
  readonly offset: number;
  readonly limit: number;
}

export interface AuditPage {
  readonly items: AuditEntry[];
  readonly total: number;
}

/**
 * Writes and reads the append-only audit log. Anything may record (services with the before/after
 * they know, the interceptor for every API write); secrets and client references are removed first.
 */
@Injectable()
export class AuditLogService {
  constructor(private readonly dataSource: DataSource) {}

  /** Records one entry; pass the transaction's manager to make it part of the same commit. */
  async record(entry: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const repository = manager.getRepository(AuditEntry);
    await repository.save(
      repository.create({
        username: entry.username,
        action: entry.action,
        objectType: entry.objectType ?? null,
        objectId: entry.objectId ?? null,
        before: keep(entry.before),
        after: keep(entry.after),
        changes: keep(entry.changes),
        reason: entry.reason ?? null,
        correlationId: entry.correlationId ?? null,
        request: entry.request ? keepRequest(entry.request) : null,
      }),
      { reload: false },
    );
  }

  /** Newest first. */
  async search(search: AuditSearch): Promise<AuditPage> {
    const query = this.dataSource.getRepository(AuditEntry).createQueryBuilder('e');
    const equal = { objectType: search.objectType, objectId: search.objectId, username: search.username };
    for (const [field, value] of Object.entries({ ...equal, action: search.action })) {
      if (value !== undefined) query.andWhere(`e.${field} = :${field}`, { [field]: value });
    }
    if (search.from) query.andWhere('e.at >= :from', { from: search.from });
    if (search.to) query.andWhere('e.at < :to', { to: search.to });
    const [items, total] = await query
      .orderBy('e.id', 'DESC')
      .skip(search.offset)
      .take(search.limit)
      .getManyAndCount();
    return { items, total };
  }

  async get(id: string): Promise<AuditEntry | null> {
    return this.dataSource.getRepository(AuditEntry).findOneBy({ id });
  }
}

/** jsonb columns get JSON null for "nothing", never a JS undefined. */
function keep(value: unknown): unknown {
  return capped(redact(value ?? null), MAX_STATE_BYTES);
}

function keepRequest(request: AuditedRequest): AuditedRequest {
  const { body, ...rest } = redact(request) as AuditedRequest;
  return body === undefined ? rest : { ...rest, body: capped(body, MAX_STATE_BYTES) };
}
