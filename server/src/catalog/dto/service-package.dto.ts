import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsString, ValidateNested } from 'class-validator';
import type { ServicePackage } from '../entities/service-package.entity.js';
import { IsCode, IsOmittable } from './code.js';
import { LocalizedNameDto, nameOf } from './localized.dto.js';
import { fromStoredDescription, ServiceDescriptionDto } from './service-description.dto.js';

export class CreateServicePackageDto {
  @IsCode('LS-KOKONAISUUS', 'Palvelukokonaisuuden tunnus')
  code: string;

  @ApiProperty({ type: LocalizedNameDto, example: { fi: 'Lastensuojelun palvelukokonaisuus' } })
  @ValidateNested()
  @Type(() => LocalizedNameDto)
  name: LocalizedNameDto;

  @ApiPropertyOptional({ type: ServiceDescriptionDto })
  @IsOmittable()
  @ValidateNested()
  @Type(() => ServiceDescriptionDto)
  description?: ServiceDescriptionDto;

  @ApiPropertyOptional({ default: true })
  @IsOmittable()
  @IsBoolean()
  active?: boolean;

  @ApiProperty({
    type: [String],
    example: ['LS-ARVIOINTI', 'LS-AVO', 'LS-JALKIHUOLTO'],
    description: 'Product codes',
  })
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  products: string[];
}

/** PUT: everything but the code; the product list is replaced. */
export class UpdateServicePackageDto extends OmitType(CreateServicePackageDto, ['code'] as const) {}

/** PATCH: any of the fields; a given product list replaces the whole list. */
export class PatchServicePackageDto extends PartialType(UpdateServicePackageDto, {
  skipNullProperties: false,
}) {}

export class ServicePackageDto {
  @ApiProperty({ example: 'LS-KOKONAISUUS' }) code: string;
  @ApiProperty({ type: LocalizedNameDto }) name: LocalizedNameDto;
  @ApiProperty({ type: ServiceDescriptionDto }) description: ServiceDescriptionDto;
  @ApiProperty() active: boolean;
  @ApiProperty({ type: [String], example: ['LS-ARVIOINTI', 'LS-AVO'] }) products: string[];
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export function toServicePackageDto(servicePackage: ServicePackage, products: string[]): ServicePackageDto {
  return {
    code: servicePackage.code,
    name: nameOf(servicePackage),
    description: fromStoredDescription(servicePackage.description),
    active: servicePackage.active,
    products,
    createdAt: servicePackage.createdAt.toISOString(),
    updatedAt: servicePackage.updatedAt.toISOString(),
  };
}
