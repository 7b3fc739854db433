import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

export class StartRunDto {
  @ApiProperty({ example: 2011 })
  @IsInt()
  @Min(1900)
  @Max(2999)
  year: number;

  @ApiProperty({ example: 'TP', description: 'TA (budget), TP (actual) or a scenario cost version' })
  @IsString()
  @Matches(/^\S.{0,39}$/, { message: 'must be a cost version such as TA or TP' })
  costVersion: string;

  @ApiPropertyOptional({ example: 'base', default: 'base' })
  @IsOptional()
  @IsString()
  @Matches(/^\S.{0,79}$/)
  scenario?: string;
}

export class RunFilterDto {
  @ApiPropertyOptional({ example: 2011 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  year?: number;

  @ApiPropertyOptional({ example: 'TP' })
  @IsOptional()
  @IsString()
  costVersion?: string;

  @ApiPropertyOptional({ example: 'base' })
  @IsOptional()
  @IsString()
  scenario?: string;
}
