import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { DEFAULT_UNIT } from '../entities/service-description.js';
import type { ServiceProduct } from '../entities/service-product.entity.js';
import { IsCode, IsOmittable, IsText } from './code.js';
import { LocalizedNameDto, nameOf } from './localized.dto.js';
import { fromStoredDescription, ServiceDescriptionDto } from './service-description.dto.js';

export class CreateServiceProductDto {
  @IsCode('LS-AVO', 'Palvelutuotteen tunnus, kuten asiakastietojärjestelmä sen kirjaa')
  code: string;

  @IsCode('LS', 'The code of the service area')
  area: string;

  @ApiProperty({ type: LocalizedNameDto })
  @ValidateNested()
  @Type(() => LocalizedNameDto)
  name: LocalizedNameDto;

  @ApiPropertyOptional({
    example: DEFAULT_UNIT,
    default: DEFAULT_UNIT,
    description: 'The unit of output (suorite)',
  })
  @IsOmittable()
  @IsText(100)
  unit?: string;

  @ApiPropertyOptional({ type: ServiceDescriptionDto })
  @IsOmittable()
  @ValidateNested()
  @Type(() => ServiceDescriptionDto)
  description?: ServiceDescriptionDto;

  @ApiPropertyOptional({
    default: true,
    description: 'An inactive product is kept for history but not offered',
  })
  @IsOmittable()
  @IsBoolean()
  active?: boolean;
}

/** PUT: everything but the code, which time records refer to. Omitted optional fields get their defaults. */
export class UpdateServiceProductDto extends OmitType(CreateServiceProductDto, ['code'] as const) {}

/** PATCH: any of the fields; a given name or description replaces the whole name or description. */
export class PatchServiceProductDto extends PartialType(UpdateServiceProductDto, {
  skipNullProperties: false,
}) {}

export class ServiceProductFilterDto {
  @ApiPropertyOptional({ example: 'LS', description: 'Only the products of this service area' })
  @IsOptional()
  @IsCode('LS')
  area?: string;

  @ApiPropertyOptional({ example: true, description: 'Only active (true) or inactive (false) products' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
}

export class ServiceProductDto {
  @ApiProperty({ example: 'LS-AVO' }) code: string;
  @ApiProperty({ example: 'LS' }) area: string;
  @ApiProperty({ type: LocalizedNameDto }) name: LocalizedNameDto;
  @ApiProperty({ example: DEFAULT_UNIT }) unit: string;
  @ApiProperty({ type: ServiceDescriptionDto }) description: ServiceDescriptionDto;
  @ApiProperty() active: boolean;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

/** `product.serviceArea` must be loaded. */
export function toServiceProductDto(product: ServiceProduct): ServiceProductDto {
  return {
    code: product.code,
    area: product.serviceArea.code,
    name: nameOf(product),
    unit: product.unit,
    description: fromStoredDescription(product.description),
    active: product.active,
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
  };
}
