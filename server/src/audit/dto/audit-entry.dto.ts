import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AuditEntry } from '../entities/audit-entry.entity.js';

const JSON_VALUE = { nullable: true, description: 'Any JSON value' } as const;

export class AuditEntryDto {
  @ApiProperty({ example: '1042', description: 'Ascending in the order entries were written' }) id: string;
  @ApiProperty({ example: '2024-05-02T09:14:03.120Z' }) at: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'finance' }) username: string | null;
  @ApiProperty({ example: 'update' }) action: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'service-product' }) objectType:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'LS-AVO' }) objectId: string | null;
  @ApiPropertyOptional(JSON_VALUE) before: unknown;
  @ApiPropertyOptional(JSON_VALUE) after: unknown;
  @ApiPropertyOptional({
    nullable: true,
    description: 'The structural diff: [{ path, change: added | removed | changed, before?, after? }]',
  })
  changes: unknown;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Vuoden 2012 tilajako' }) reason:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) correlationId: string | null;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'method, route, params, query and body of the write, without secrets or client references',
  })
  request: Record<string, unknown> | null;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto], description: 'Newest first' }) items: AuditEntryDto[];
  @ApiProperty({ example: 1234, description: 'Entries matching the filters' }) total: number;
  @ApiProperty({ example: 0 }) offset: number;
  @ApiProperty({ example: 50 }) limit: number;
}

export function toAuditEntryDto(entry: AuditEntry): AuditEntryDto {
  return {
    ...entry,
    at: entry.at.toISOString(),
    request: entry.request as Record<string, unknown> | null,
  };
}
