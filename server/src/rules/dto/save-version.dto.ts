import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsObject, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'must be a date such as 2012-01-01';

export class SaveVersionDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "The whole document of the new version (its form depends on the endpoint's kind)",
    example: { name: 'Toimitilat: huoneistoala m²', shares: { 'LS-AVO': '118', HALLINTO: '60' } },
  })
  @IsObject()
  document: Record<string, unknown>;

  @ApiProperty({ example: '2012-01-01', description: 'The first day the version applies' })
  @Matches(DATE, { message: DATE_MESSAGE })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  effectiveFrom: string;

  @ApiProperty({ example: 'Vuoden 2012 tilajako: LS-AVO muutti uusiin tiloihin', description: 'Why' })
  @IsString()
  @Matches(/\S/, { message: 'must say why the version was made' })
  @MaxLength(2000)
  comment: string;

  @ApiPropertyOptional({
    example: 1,
    default: 0,
    description: 'The version the edit started from (0 for a new code); a stale one answers 409',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  baseVersion?: number;
}
