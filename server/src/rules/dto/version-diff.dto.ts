import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { VersionDiff } from '../versioning/versioned-documents.service.js';
import { toVersionSummaryDto, VersionSummaryDto } from './version.dto.js';

const ANY_JSON = {
  nullable: true,
  oneOf: [
    { type: 'string' },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'object', additionalProperties: true },
    { type: 'array', items: {} },
  ],
};

export class DocumentChangeDto {
  @ApiProperty({
    example: 'shares.LS-AVO',
    description: 'Where in the document; rules by name: rules[name="x"]',
  })
  path: string;
  @ApiProperty({ enum: ['added', 'removed', 'changed'], example: 'changed' }) change: string;
  @ApiPropertyOptional({ ...ANY_JSON, example: '118', description: 'absent when added' }) before?: unknown;
  @ApiPropertyOptional({ ...ANY_JSON, example: '120', description: 'absent when removed' }) after?: unknown;
}

export class VersionDiffDto {
  @ApiProperty({ example: 'TILAT' }) code: string;
  @ApiProperty({ type: VersionSummaryDto }) from: VersionSummaryDto;
  @ApiProperty({ type: VersionSummaryDto }) to: VersionSummaryDto;
  @ApiProperty({ type: [DocumentChangeDto] }) changes: DocumentChangeDto[];
}

export function toVersionDiffDto(diff: VersionDiff): VersionDiffDto {
  return {
    code: diff.code,
    from: toVersionSummaryDto(diff.from),
    to: toVersionSummaryDto(diff.to),
    changes: diff.changes,
  };
}
