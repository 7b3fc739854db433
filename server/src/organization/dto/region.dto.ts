import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { IsCode, IsText } from '../../catalog/dto/code.js';
import type { Region } from '../entities/region.entity.js';

export class CreateRegionDto {
  @IsCode('POHJOINEN', 'Alueen tunnus')
  code: string;

  @ApiProperty({ example: 'Pohjoinen' })
  @IsText(200)
  name: string;
}

export class UpdateRegionDto extends OmitType(CreateRegionDto, ['code'] as const) {}

export class PatchRegionDto extends PartialType(UpdateRegionDto, { skipNullProperties: false }) {}

export class RegionDto {
  @ApiProperty({ example: 'POHJOINEN' }) code: string;
  @ApiProperty({ example: 'Pohjoinen' }) name: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export function toRegionDto(region: Region): RegionDto {
  return {
    code: region.code,
    name: region.name,
    createdAt: region.createdAt.toISOString(),
    updatedAt: region.updatedAt.toISOString(),
  };
}
