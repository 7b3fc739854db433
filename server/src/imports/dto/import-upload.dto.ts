import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

const CODE = /^\S.{0,79}$/;
const PROFILE_MESSAGE = { message: 'must be an import profile code' };

/** The multipart form of an upload: `file` arrives through multer, the other fields are validated here. */
class UploadDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'CSV or XLSX' })
  @IsOptional()
  file?: unknown;
}

export class TimeRecordUploadDto extends UploadDto {
  @ApiPropertyOptional({ example: 'effica-time-v1', default: 'effica-time-v1' })
  @IsOptional()
  @IsString()
  @Matches(CODE, PROFILE_MESSAGE)
  profile?: string;
}

export class LedgerUploadDto extends UploadDto {
  @ApiPropertyOptional({
    example: 'ledger-v1',
    default: 'ledger-v1',
    description: 'ledger-v1, ledger-headerless-v1, jyvaskyla-2011 or a stored profile',
  })
  @IsOptional()
  @IsString()
  @Matches(CODE, PROFILE_MESSAGE)
  profile?: string;

  @ApiPropertyOptional({ example: 2024, description: 'for a ledger file without a year column' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2999)
  year?: number;

  @ApiPropertyOptional({
    example: 'TA',
    description: 'TA (budget), TP (actual) or a scenario, for a file without a version column',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\S.{0,39}$/, { message: 'must be a cost version such as TA or TP' })
  version?: string;

  @ApiPropertyOptional({ example: 'HALLINTO', description: 'for a ledger file without a cost center column' })
  @IsOptional()
  @IsString()
  @Matches(CODE, { message: 'must be a cost center code' })
  costCenter?: string;
}
