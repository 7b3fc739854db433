import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RunDto } from './run.dto.js';

export class ProductNameDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Lastensuojelun avohuollon palvelut' }) fi:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) sv: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) en: string | null;
}

export class PriceListItemDto {
  @ApiProperty({ example: 'LS-AVO' }) productCode: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'LS' }) serviceArea: string | null;
  @ApiProperty({ type: ProductNameDto }) name: ProductNameDto;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Asiakaspalvelu 60 min' }) unit:
    string | null;
  @ApiProperty({ example: '9714.25' }) directHours: string;
  @ApiProperty({ example: '6476.17' }) indirectHours: string;
  @ApiProperty({ example: '16190.42' }) clientHours: string;
  @ApiProperty({ example: '1190116.45', description: 'euros' }) cost: string;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '73.51',
    description: 'euros per client service hour',
  })
  pricePerHour: string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'the part of the cost that is unused capacity',
  })
  unusedCapacityCost: string | null;
}

export class PriceListDto {
  @ApiProperty({ type: RunDto }) run: RunDto;
  @ApiProperty({ type: [PriceListItemDto] }) items: PriceListItemDto[];
}
