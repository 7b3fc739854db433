import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsCode, IsText } from '../../catalog/dto/code.js';
import type { CostCenter, CostCenterKind } from '../entities/cost-center.entity.js';
import { IsDecimalString } from './decimal-string.js';

const KINDS: CostCenterKind[] = ['production', 'support'];

export class CreateCostCenterDto {
  @IsCode('LS-AVO-POHJOINEN', 'Kustannuspaikan tunnus')
  code: string;

  @ApiProperty({ example: 'Lastensuojelun avohuolto, pohjoinen tiimi' })
  @IsText(200)
  name: string;

  @ApiProperty({
    enum: KINDS,
    example: 'production',
    description: 'production produces products; support is allocated',
  })
  @IsIn(KINDS, { message: 'must be "production" or "support"' })
  kind: CostCenterKind;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'LASTENSUOJELU',
    description: 'The parent cost center',
  })
  @IsOptional()
  @IsCode('LASTENSUOJELU')
  parent?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'POHJOINEN' })
  @IsOptional()
  @IsCode('POHJOINEN')
  region?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'LS', description: 'The service area' })
  @IsOptional()
  @IsCode('LS')
  area?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '11520.00',
    description:
      "Hours a year the center can give to client work; default: staff FTE × the policy's hours per FTE",
  })
  @IsOptional()
  @IsDecimalString({ integerDigits: 10, scale: 2, example: '11520.00' })
  practicalCapacityHours?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '9.00',
    description: "default: the workers' FTE",
  })
  @IsOptional()
  @IsDecimalString({ integerDigits: 6, scale: 2, example: '9.00' })
  fte?: string | null;
}

/** PUT: everything but the code, which the ledger and time records refer to. */
export class UpdateCostCenterDto extends OmitType(CreateCostCenterDto, ['code'] as const) {}

export class PatchCostCenterDto extends PartialType(UpdateCostCenterDto, { skipNullProperties: false }) {}

export class CostCenterFilterDto {
  @ApiPropertyOptional({ enum: KINDS })
  @IsOptional()
  @IsIn(KINDS, { message: 'must be "production" or "support"' })
  kind?: CostCenterKind;
}

export class CostCenterDto {
  @ApiProperty({ example: 'LS-AVO-POHJOINEN' }) code: string;
  @ApiProperty({ example: 'Lastensuojelun avohuolto, pohjoinen tiimi' }) name: string;
  @ApiProperty({ enum: KINDS }) kind: CostCenterKind;
  @ApiPropertyOptional({ type: String, nullable: true }) parent: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'POHJOINEN' }) region: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'LS' }) area: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '11520.00' }) practicalCapacityHours:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '9.00' }) fte: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

/** `parent`, `region` and `serviceArea` must be loaded. */
export function toCostCenterDto(center: CostCenter): CostCenterDto {
  return {
    code: center.code,
    name: center.name,
    kind: center.kind,
    parent: center.parent?.code ?? null,
    region: center.region?.code ?? null,
    area: center.serviceArea?.code ?? null,
    practicalCapacityHours: center.practicalCapacityHours?.toFixed(2) ?? null,
    fte: center.fte?.toFixed(2) ?? null,
    createdAt: center.createdAt.toISOString(),
    updatedAt: center.updatedAt.toISOString(),
  };
}
