import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import type { ServiceDescription, ServiceDescriptionText } from '../entities/service-description.js';
import { LocalizedTextDto } from './localized.dto.js';

const PARTS = ['forWhom', 'what', 'how'] as const;
const LANGUAGES = ['fi', 'sv', 'en'] as const;

/** Palvelukuvaus: for whom (kenelle), what (mitä), how and with which resources (miten), each in fi/sv/en. */
export class ServiceDescriptionDto {
  @ApiPropertyOptional({ type: LocalizedTextDto, description: 'Kenelle' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  forWhom?: LocalizedTextDto;

  @ApiPropertyOptional({ type: LocalizedTextDto, description: 'Mitä' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  what?: LocalizedTextDto;

  @ApiPropertyOptional({ type: LocalizedTextDto, description: 'Miten ja millä resursseilla' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  how?: LocalizedTextDto;
}

/** The API's part → language form into the stored language → part form (see the entity). */
export function toStoredDescription(description: ServiceDescriptionDto | undefined): ServiceDescription {
  const stored: ServiceDescription = {};
  for (const language of LANGUAGES) {
    const text: ServiceDescriptionText = {};
    for (const part of PARTS) {
      const value = description?.[part]?.[language];
      if (value !== undefined && value !== null) text[part] = value;
    }
    if (Object.keys(text).length > 0) stored[language] = text;
  }
  return stored;
}

export function fromStoredDescription(stored: ServiceDescription): ServiceDescriptionDto {
  const description: Record<string, Record<string, string>> = {};
  for (const part of PARTS) {
    description[part] = {};
    for (const language of LANGUAGES) {
      const value = stored[language]?.[part];
      if (value !== undefined) description[part][language] = value;
    }
  }
  return description as ServiceDescriptionDto;
}
