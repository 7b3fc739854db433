import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { IsDecimalString } from '../../organization/dto/decimal-string.js';

const PRICE = { integerDigits: 12, scale: 2, example: '84.20' };

export class CreateReferencePriceDto {
  @ApiProperty({ example: 'Kuopio', description: 'the organization or unit the price is from' })
  @IsString()
  @Length(1, 200)
  source: string;

  @ApiProperty({ example: 2025 })
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2999)
  year: number;

  @ApiProperty({ example: 'LS-AVO', description: 'our product code' })
  @IsString()
  @Length(1, 80)
  productCode: string;

  @ApiProperty({ example: '84.20', description: 'euros per client service hour' })
  @IsDecimalString(PRICE)
  price: string;

  @ApiPropertyOptional({ example: 'Kuntien hintavertailu 2025' })
  @IsOptional()
  @IsString()
  @Length(0, 1000)
  note?: string;
}

export class ReferencePriceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Kuopio' }) source: string;
  @ApiProperty({ example: 2025 }) year: number;
  @ApiProperty({ example: 'LS-AVO' }) productCode: string;
  @ApiProperty({ example: '84.20' }) price: string;
  @ApiPropertyOptional({ type: String, nullable: true }) note: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid', description: 'the CSV import' })
  importBatchId: string | null;
  @ApiProperty() author: string;
  @ApiProperty() createdAt: string;
}

export class ComparisonPriceFilterDto {
  @ApiPropertyOptional({ example: 2025 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2999)
  year?: number;

  @ApiPropertyOptional({ example: 'LS-AVO' })
  @IsOptional()
  @IsString()
  @Length(1, 80)
  product?: string;
}

export class ReferencePriceImportDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'CSV: Tuote;Vuosi;Lähde;Hinta (UTF-8)' })
  file: unknown;
}

export class ReferencePriceImportResultDto {
  @ApiProperty({ format: 'uuid' }) importBatchId: string;
  @ApiProperty({ example: 12 }) inserted: number;
  @ApiProperty({ example: 3, description: 'rows replacing the price of the same source, year and product' })
  updated: number;
}

export class CreatePurchasedPriceDto {
  @ApiProperty({ example: 'LS-AVO' })
  @IsString()
  @Length(1, 80)
  productCode: string;

  @ApiProperty({ example: 2025 })
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2999)
  year: number;

  @ApiProperty({ example: 'Perhepalvelu Oy' })
  @IsString()
  @Length(1, 200)
  supplier: string;

  @ApiProperty({ example: '92.00', description: 'euros per hour' })
  @IsDecimalString(PRICE)
  pricePerHour: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(0, 1000)
  note?: string;
}

export class PurchasedPriceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'LS-AVO' }) productCode: string;
  @ApiProperty({ example: 2025 }) year: number;
  @ApiProperty({ example: 'Perhepalvelu Oy' }) supplier: string;
  @ApiProperty({ example: '92.00' }) pricePerHour: string;
  @ApiPropertyOptional({ type: String, nullable: true }) note: string | null;
  @ApiProperty() author: string;
  @ApiProperty() createdAt: string;
}
