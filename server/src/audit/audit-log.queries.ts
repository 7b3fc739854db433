import { Injectable } from '@nestjs/common';
import { notFound } from '../common/errors/domain-error.js';
import { endOf, startOf } from './audit-period.js';
import { AuditLogService } from './audit-log.service.js';
import { toAuditEntryDto, type AuditEntryDto, type AuditPageDto } from './dto/audit-entry.dto.js';
import type { AuditQueryDto } from './dto/audit-query.dto.js';

const DEFAULT_PAGE = 50;

/** The audit log as the API shows it: query parameters in, pages of DTOs out. */
@Injectable()
export class AuditLogQueries {
  constructor(private readonly auditLog: AuditLogService) {}

  async search(query: AuditQueryDto): Promise<AuditPageDto> {
    const { objectType, objectId, username, action } = query;
    const offset = query.offset ?? 0;
    const limit = query.limit ?? DEFAULT_PAGE;
    const from = query.from === undefined ? undefined : startOf(query.from);
    const to = query.to === undefined ? undefined : endOf(query.to);
    const page = await this.auditLog.search({
      objectType,
      objectId,
      username,
      action,
      from,
      to,
      offset,
      limit,
    });
    return { items: page.items.map(toAuditEntryDto), total: page.total, offset, limit };
  }

  async get(id: string): Promise<AuditEntryDto> {
    const entry = /^\d{1,18}$/.test(id) ? await this.auditLog.get(id) : null;
    if (!entry) throw notFound(`Audit log entry ${id}`);
    return toAuditEntryDto(entry);
  }
}
