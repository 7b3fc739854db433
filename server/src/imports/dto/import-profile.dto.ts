import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ImportProfileInfo } from '../import-profiles.service.js';
import type { ImportKind } from '../import-report.js';
import type { ImportProfile } from '../parsing/index.js';

export class ImportProfileDto implements ImportProfileInfo {
  @ApiProperty({ example: 'effica-time-v1' }) code: string;
  @ApiProperty({ enum: ['time', 'ledger'] }) kind: ImportKind;
  @ApiProperty() description: string;
  @ApiProperty({ description: 'shipped with the application' }) builtIn: boolean;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'the stored version of this definition; null for a built-in profile not used yet',
  })
  version: number | null;
  @ApiProperty({ description: 'SHA-256 of the canonical definition' }) hash: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'delimiter, encoding, columns, …' })
  definition: ImportProfile;
}
