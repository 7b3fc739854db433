import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCode, IsText } from '../../catalog/dto/code.js';
import type { Worker } from '../entities/worker.entity.js';
import { IsDecimalString } from './decimal-string.js';

export class CreateWorkerDto {
  @IsCode('T0042', 'The worker as the client information system identifies them')
  code: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Maija Meikäläinen' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string | null;

  @ApiProperty({ example: 'sosiaalityöntekijä' })
  @IsText(100)
  profession: string;

  @ApiProperty({ example: '1.00', description: 'Full-time equivalent, 0–2, a decimal string' })
  @IsDecimalString({ integerDigits: 1, scale: 2, max: '2', example: '0.80' })
  fte: string;

  @IsCode('LS-AVO-POHJOINEN', 'The cost center the worker belongs to')
  costCenter: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'POHJOINEN' })
  @IsOptional()
  @IsCode('POHJOINEN')
  region?: string | null;
}

export class UpdateWorkerDto extends OmitType(CreateWorkerDto, ['code'] as const) {}

export class PatchWorkerDto extends PartialType(UpdateWorkerDto, { skipNullProperties: false }) {}

export class WorkerFilterDto {
  @ApiPropertyOptional({ example: 'LS-AVO-POHJOINEN', description: 'Only the workers of this cost center' })
  @IsOptional()
  @IsCode('LS-AVO-POHJOINEN')
  costCenter?: string;
}

export class WorkerDto {
  @ApiProperty({ example: 'T0042' }) code: string;
  @ApiPropertyOptional({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ example: 'sosiaalityöntekijä' }) profession: string;
  @ApiProperty({ example: '1.00' }) fte: string;
  @ApiProperty({ example: 'LS-AVO-POHJOINEN' }) costCenter: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'POHJOINEN' }) region: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

/** `costCenter` and `region` must be loaded. */
export function toWorkerDto(worker: Worker): WorkerDto {
  return {
    code: worker.code,
    name: worker.name,
    profession: worker.profession,
    fte: worker.fte.toFixed(2),
    costCenter: worker.costCenter.code,
    region: worker.region?.code ?? null,
    createdAt: worker.createdAt.toISOString(),
    updatedAt: worker.updatedAt.toISOString(),
  };
}
