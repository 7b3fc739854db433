import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, Max, Min } from 'class-validator';

export const MAX_PAGE = 500;

export class AuditQueryDto {
  @ApiPropertyOptional({
    example: 'allocation-key',
    description: 'e.g. service-product, rule-set, run, user',
  })
  @IsOptional()
  @IsString()
  objectType?: string;

  @ApiPropertyOptional({ example: 'TILAT', description: 'The code or id of the object' })
  @IsOptional()
  @IsString()
  objectId?: string;

  @ApiPropertyOptional({ example: 'finance' })
  @IsOptional()
  @IsString()
  username?: string;

  @ApiPropertyOptional({
    example: 'update',
    description: 'create, update, delete, login, login-failed, run.start…',
  })
  @IsOptional()
  @IsString()
  action?: string;

  @ApiPropertyOptional({
    example: '2024-01-01',
    description: 'From this date (its start in Finland) or date-time, inclusive',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be a date such as 2024-01-01 or a date-time' })
  from?: string;

  @ApiPropertyOptional({
    example: '2024-01-31',
    description: 'Up to and including this date, or before this date-time',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be a date such as 2024-01-31 or a date-time' })
  to?: string;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  limit?: number;
}
