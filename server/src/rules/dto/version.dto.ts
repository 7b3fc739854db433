import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { VersionedDocument } from '../entities/versioned-document.js';

export class VersionSummaryDto {
  @ApiProperty({ example: 'TILAT' }) code: string;
  @ApiProperty({ example: 2 }) version: number;
  @ApiProperty({ example: '2012-01-01' }) effectiveFrom: string;
  @ApiProperty({ description: 'SHA-256 of the canonical JSON of the document', example: 'ecf9e98e…' })
  hash: string;
  @ApiProperty({ example: 'api' }) author: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Vuoden 2012 tilajako' })
  comment: string | null;
  @ApiProperty({ example: '2024-05-02T09:14:03.120Z' }) createdAt: string;
}

export class VersionDto extends VersionSummaryDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { name: 'Toimitilat: huoneistoala m²', shares: { 'LS-AVO': '118', HALLINTO: '60' } },
  })
  document: Record<string, unknown>;
}

export function toVersionSummaryDto(version: VersionedDocument<unknown>): VersionSummaryDto {
  const { code, effectiveFrom, hash, author, comment } = version;
  return {
    code,
    version: version.version,
    effectiveFrom,
    hash,
    author,
    comment,
    createdAt: version.createdAt.toISOString(),
  };
}

export function toVersionDto(version: VersionedDocument<unknown>): VersionDto {
  return { ...toVersionSummaryDto(version), document: version.document as Record<string, unknown> };
}
