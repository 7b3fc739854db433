import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

/** A code as the source systems write it: no leading or trailing spaces, at most 64 characters. */
export function IsCode(example: string, description?: string): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ example, description, maxLength: 64 }),
    IsString(),
    Matches(/^\S(.*\S)?$/, { message: 'must be a code without leading or trailing spaces' }),
    MaxLength(64),
  );
}

/** Required text that is not blank. */
export function IsText(maxLength = 500): PropertyDecorator {
  return applyDecorators(IsString(), Matches(/\S/, { message: 'must not be empty' }), MaxLength(maxLength));
}

/** May be left out, but not given as null: for fields with a default that cannot be cleared. */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}
