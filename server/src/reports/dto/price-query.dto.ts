import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { REPORT_FORMATS, ReportFormatDto, type ReportFormat } from './report-query.dto.js';

/** A run: by id, or the latest successful run of a year, cost version and scenario. */
export class RunSelectionDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'the run; or give year (and costVersion)' })
  @IsOptional()
  @IsUUID()
  runId?: string;

  @ApiPropertyOptional({ example: 2025 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2999)
  year?: number;

  @ApiPropertyOptional({ example: 'TP', default: 'TP' })
  @IsOptional()
  @IsString()
  @Matches(/^\S.{0,39}$/)
  costVersion?: string;

  @ApiPropertyOptional({ example: 'base', default: 'base' })
  @IsOptional()
  @IsString()
  @Matches(/^\S.{0,79}$/)
  scenario?: string;
}

export class RunChoiceDto extends RunSelectionDto {
  @ApiPropertyOptional({ enum: REPORT_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
}

export const PRICE_LIST_FORMATS = ['json', 'csv', 'xlsx', 'pdf'] as const;

export class PriceListExportDto extends RunSelectionDto {
  @ApiPropertyOptional({
    enum: PRICE_LIST_FORMATS,
    default: 'json',
    description: 'pdf: the agreement appendix',
  })
  @IsOptional()
  @IsIn(PRICE_LIST_FORMATS)
  format?: (typeof PRICE_LIST_FORMATS)[number];

  @ApiPropertyOptional({ example: 'Demo-organisaatio', default: 'Demo-organisaatio' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  organization?: string;
}

export class ProductFilterDto extends ReportFormatDto {
  @ApiPropertyOptional({ example: 'LS-AVO' })
  @IsOptional()
  @IsString()
  @Length(1, 80)
  product?: string;

  @ApiPropertyOptional({ example: 'LS', description: "the product's service area" })
  @IsOptional()
  @IsString()
  @Length(1, 80)
  serviceArea?: string;

  @ApiPropertyOptional({ example: 'TP', description: 'default: every cost version' })
  @IsOptional()
  @IsString()
  @Matches(/^\S.{0,39}$/)
  costVersion?: string;

  @ApiPropertyOptional({ example: 'base', default: 'base' })
  @IsOptional()
  @IsString()
  @Matches(/^\S.{0,79}$/)
  scenario?: string;
}

export class PriceHistoryQueryDto extends ProductFilterDto {
  @ApiPropertyOptional({ example: 2011 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2999)
  fromYear?: number;

  @ApiPropertyOptional({ example: 2025 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2999)
  toYear?: number;

  @ApiPropertyOptional({
    enum: ['latest', 'all'],
    default: 'latest',
    description: 'latest: the latest successful run of each year and cost version; all: every successful run',
  })
  @IsOptional()
  @IsIn(['latest', 'all'])
  runs?: 'latest' | 'all';
}

export class MakeOrBuyQueryDto extends ProductFilterDto {
  @ApiProperty({ example: 2025 })
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2999)
  year: number;
}
