import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { DocumentOverview } from '../versioning/versioned-documents.service.js';
import { toVersionSummaryDto, VersionSummaryDto } from './version.dto.js';

export class DocumentOverviewDto {
  @ApiProperty({ example: 'TILAT' }) code: string;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'Toimitilat: huoneistoala m²',
    description: "The latest version's name, when the document has one",
  })
  name: string | null;
  @ApiProperty({ type: VersionSummaryDto }) latest: VersionSummaryDto;
  @ApiPropertyOptional({ type: VersionSummaryDto, nullable: true, description: 'null: none in force yet' })
  inForce: VersionSummaryDto | null;
  @ApiProperty({
    example: '2024-05-02',
    description: 'The date `inForce` is for (today in Finland by default)',
  })
  inForceOn: string;
}

export function toDocumentOverviewDto(overview: DocumentOverview): DocumentOverviewDto {
  const name = (overview.latest.document as { name?: unknown }).name;
  return {
    code: overview.code,
    name: typeof name === 'string' ? name : null,
    latest: toVersionSummaryDto(overview.latest),
    inForce: overview.inForce ? toVersionSummaryDto(overview.inForce) : null,
    inForceOn: overview.inForceOn,
  };
}
