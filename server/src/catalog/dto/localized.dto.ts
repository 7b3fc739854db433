import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsText } from './code.js';

/** A name in Finnish (required), Swedish and English. */
export class LocalizedNameDto {
  @ApiProperty({ example: 'Lastensuojelun avohuollon palvelut' })
  @IsText(200)
  fi: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Öppenvårdstjänster inom barnskyddet' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  sv?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Child welfare open care services' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  en?: string | null;
}

/** A text in any of Finnish, Swedish and English. */
export class LocalizedTextDto {
  @ApiPropertyOptional({ example: 'Lapset ja perheet, joiden tilanne edellyttää lastensuojelun tukea' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  fi?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  sv?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  en?: string;
}

export function nameColumns(name: LocalizedNameDto) {
  return { nameFi: name.fi, nameSv: name.sv ?? null, nameEn: name.en ?? null };
}

export function nameOf(row: {
  nameFi: string;
  nameSv: string | null;
  nameEn: string | null;
}): LocalizedNameDto {
  return { fi: row.nameFi, sv: row.nameSv, en: row.nameEn };
}
