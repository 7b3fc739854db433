import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsText } from '../../catalog/dto/code.js';
import type { Account } from '../entities/account.entity.js';

export class AccountFilterDto {
  @ApiPropertyOptional({ example: '41', description: 'Only accounts whose code starts with this' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  prefix?: string;
}

export class SaveAccountDto {
  @ApiProperty({ example: 'Palkat ja palkkiot' })
  @IsText(200)
  name: string;
}

export class AccountDto {
  @ApiProperty({ example: '4100', description: 'As the ledger writes it, e.g. 4100 or TILI/4100' })
  code: string;
  @ApiProperty({ example: 'Palkat ja palkkiot' }) name: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export function toAccountDto(account: Account): AccountDto {
  return {
    code: account.code,
    name: account.name,
    createdAt: account.createdAt.toISOString(),
    updatedAt: account.updatedAt.toISOString(),
  };
}
