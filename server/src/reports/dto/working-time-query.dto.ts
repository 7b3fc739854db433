import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PeriodUnitDto, TimeFilterDto } from './report-query.dto.js';

export const WORKING_TIME_DIMENSIONS = ['worker', 'costCenter', 'region', 'serviceArea', 'product'] as const;
export type WorkingTimeDimension = (typeof WORKING_TIME_DIMENSIONS)[number];

export class WorkingTimeQueryDto extends TimeFilterDto {
  @ApiPropertyOptional({ enum: WORKING_TIME_DIMENSIONS, default: 'worker' })
  @IsOptional()
  @IsIn(WORKING_TIME_DIMENSIONS)
  by?: WorkingTimeDimension;
}

export const WORKER_VIEW_DIMENSIONS = ['product', 'client'] as const;

export class WorkerViewQueryDto extends TimeFilterDto {
  @ApiPropertyOptional({
    enum: WORKER_VIEW_DIMENSIONS,
    default: 'product',
    description: 'client: by pseudonymous client key (client-level: finance and auditor roles)',
  })
  @IsOptional()
  @IsIn(WORKER_VIEW_DIMENSIONS)
  by?: (typeof WORKER_VIEW_DIMENSIONS)[number];
}

export const HOME_UNITS = ['costCenter', 'serviceArea'] as const;

export class CrossServiceQueryDto extends TimeFilterDto {
  @ApiPropertyOptional({
    enum: HOME_UNITS,
    default: 'costCenter',
    description: "rows: the workers' home unit (the record's cost center) or its service area",
  })
  @IsOptional()
  @IsIn(HOME_UNITS)
  home?: (typeof HOME_UNITS)[number];
}

export class FocusAreasQueryDto extends PeriodUnitDto {
  @ApiPropertyOptional({ example: 3, description: 'only the top n products of each region and period' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  top?: number;
}
