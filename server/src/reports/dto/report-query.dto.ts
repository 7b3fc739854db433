import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

export const REPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const PERIOD_UNITS = ['month', 'quarter', 'year'] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `format`: the same report as JSON (default), or as a CSV or XLSX file. */
export class ReportFormatDto {
  @ApiPropertyOptional({
    enum: REPORT_FORMATS,
    default: 'json',
    description: 'json: the report; csv: semicolons, decimal comma, UTF-8 with BOM; xlsx: numeric cells',
  })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
}

/** A calendar year. */
export class YearDto extends ReportFormatDto {
  @ApiPropertyOptional({ example: 2025, description: 'a calendar year; or give from and to' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2999)
  year?: number;
}

/** The filters every time-record report takes: a year or a date range, and organization codes. */
export class TimeFilterDto extends YearDto {
  @ApiPropertyOptional({ example: '2025-01-01', description: 'first day (inclusive), with to' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'must be a date such as 2025-01-01' })
  @IsDateString({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2025-03-31', description: 'last day (inclusive), with from' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'must be a date such as 2025-03-31' })
  @IsDateString({ strict: true })
  to?: string;

  @ApiPropertyOptional({ example: 'LS-TIIMI', description: "the record's cost center" })
  @IsOptional()
  @IsString()
  @Length(1, 80)
  costCenter?: string;

  @ApiPropertyOptional({ example: 'POHJOINEN', description: "the region of the record's cost center" })
  @IsOptional()
  @IsString()
  @Length(1, 80)
  region?: string;

  @ApiPropertyOptional({ example: 'LS', description: "the service area of the record's product" })
  @IsOptional()
  @IsString()
  @Length(1, 80)
  serviceArea?: string;

  @ApiPropertyOptional({ example: 'LS-AVO' })
  @IsOptional()
  @IsString()
  @Length(1, 80)
  product?: string;

  @ApiPropertyOptional({ example: 'T0001' })
  @IsOptional()
  @IsString()
  @Length(1, 80)
  worker?: string;
}

export class PeriodUnitDto extends TimeFilterDto {
  @ApiPropertyOptional({ enum: PERIOD_UNITS, default: 'month' })
  @IsOptional()
  @IsIn(PERIOD_UNITS)
  period?: (typeof PERIOD_UNITS)[number];
}
