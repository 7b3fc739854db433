import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { PERIOD_UNITS, TimeFilterDto } from './report-query.dto.js';

export const CLIENT_COST_LEVELS = ['line', 'client', 'product'] as const;
export type ClientCostLevel = (typeof CLIENT_COST_LEVELS)[number];

/** Which prices: the latest successful run of each year for a cost version (issue 4: locked lists). */
export class PriceChoiceDto extends TimeFilterDto {
  @ApiPropertyOptional({ example: 'TP', default: 'TP', description: 'cost version of the runs priced from' })
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

export class ClientCostQueryDto extends PriceChoiceDto {
  @ApiPropertyOptional({ enum: PERIOD_UNITS, default: 'year' })
  @IsOptional()
  @IsIn(PERIOD_UNITS)
  period?: (typeof PERIOD_UNITS)[number];

  @ApiPropertyOptional({
    enum: CLIENT_COST_LEVELS,
    default: 'line',
    description: 'line: client × product; client: a total per client; product: per product, no client keys',
  })
  @IsOptional()
  @IsIn(CLIENT_COST_LEVELS)
  level?: ClientCostLevel;

  @ApiPropertyOptional({ description: 'one pseudonymous client key (64 hexadecimal digits)' })
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/, { message: 'must be a client key: 64 lowercase hexadecimal digits' })
  clientKey?: string;
}

const MUNICIPALITY = /^\d{3}$/;

export class BillingQueryDto extends ClientCostQueryDto {
  @ApiPropertyOptional({
    example: '179',
    default: '179',
    description: "the organization's own municipality code (179 Jyväskylä); clients of others are billed",
  })
  @IsOptional()
  @Matches(MUNICIPALITY, { message: 'must be a three-digit municipality code such as 179' })
  ownMunicipality?: string;

  @ApiPropertyOptional({ example: '410', description: 'the statement of one other municipality' })
  @IsOptional()
  @Matches(MUNICIPALITY, { message: 'must be a three-digit municipality code such as 410' })
  municipality?: string;
}

export class SpecialCompensationQueryDto extends ClientCostQueryDto {
  @ApiPropertyOptional({ example: 'maahanmuuttaja', default: 'maahanmuuttaja' })
  @IsOptional()
  @IsString()
  @Length(1, 80)
  clientGroup?: string;
}
