import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import type { ServiceArea } from '../entities/service-area.entity.js';
import { IsCode } from './code.js';
import { LocalizedNameDto, nameOf } from './localized.dto.js';

export class CreateServiceAreaDto {
  @IsCode('LS', 'Palvelualueen tunnus')
  code: string;

  @ApiProperty({
    type: LocalizedNameDto,
    example: { fi: 'Lastensuojelu', sv: 'Barnskydd', en: 'Child welfare' },
  })
  @ValidateNested()
  @Type(() => LocalizedNameDto)
  name: LocalizedNameDto;
}

/** PUT: everything but the code, which is the area's identity. */
export class UpdateServiceAreaDto extends OmitType(CreateServiceAreaDto, ['code'] as const) {}

/** PATCH: any of the fields; a given name replaces the whole name. */
export class PatchServiceAreaDto extends PartialType(UpdateServiceAreaDto, { skipNullProperties: false }) {}

export class ServiceAreaDto {
  @ApiProperty({ example: 'LS' }) code: string;
  @ApiProperty({ type: LocalizedNameDto }) name: LocalizedNameDto;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export function toServiceAreaDto(area: ServiceArea): ServiceAreaDto {
  return {
    code: area.code,
    name: nameOf(area),
    createdAt: area.createdAt.toISOString(),
    updatedAt: area.updatedAt.toISOString(),
  };
}
