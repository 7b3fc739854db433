import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { IsCode, IsOmittable, IsText } from '../../catalog/dto/code.js';
import type { User } from '../entities/user.entity.js';
import { PASSWORD_MIN_LENGTH } from '../passwords.js';
import { ROLES, type Role } from '../roles.js';

const USERNAME = /^[a-z0-9][a-z0-9._@-]{1,63}$/;
const USERNAME_MESSAGE =
  'must be 2–64 lower-case letters, digits, or . _ @ - (starting with a letter or digit)';
const ROLE_LIST = {
  enum: ROLES,
  isArray: true,
  example: ['finance'],
  description: `Any of ${ROLES.join(', ')}; may be empty`,
};

function IsRoleList(): PropertyDecorator {
  return applyDecorators(
    IsArray(),
    ArrayUnique(),
    IsIn(ROLES, { each: true, message: `each must be one of ${ROLES.join(', ')}` }),
  );
}

export class CreateUserDto {
  @ApiProperty({ example: 'maija.meikalainen', description: USERNAME_MESSAGE })
  @IsString()
  @Matches(USERNAME, { message: USERNAME_MESSAGE })
  username: string;

  @ApiProperty({ example: 'Maija Meikäläinen' })
  @IsText(200)
  displayName: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, description: 'Never shown again, never logged' })
  @IsString()
  password: string;

  @ApiProperty(ROLE_LIST)
  @IsRoleList()
  roles: Role[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'T0042',
    description: 'The worker this user is',
  })
  @IsOptional()
  @IsCode('T0042')
  workerCode?: string | null;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ example: 'Maija Meikäläinen' })
  @IsOmittable()
  @IsText(200)
  displayName?: string;

  @ApiPropertyOptional(ROLE_LIST)
  @IsOmittable()
  @IsRoleList()
  roles?: Role[];

  @ApiPropertyOptional({ type: String, nullable: true, example: 'T0042', description: 'null unlinks' })
  @IsOptional()
  @IsCode('T0042')
  workerCode?: string | null;

  @ApiPropertyOptional({ description: 'false deactivates: every session of the user ends at once' })
  @IsOmittable()
  @IsBoolean()
  active?: boolean;
}

export class ResetPasswordDto {
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, description: 'Ends every open session of the user' })
  @IsString()
  password: string;
}

export class UserDto {
  @ApiProperty({ example: 'maija.meikalainen' }) username: string;
  @ApiProperty({ example: 'Maija Meikäläinen' }) displayName: string;
  @ApiProperty({ enum: ROLES, isArray: true, example: ['finance'] }) roles: Role[];
  @ApiPropertyOptional({ type: String, nullable: true, example: 'T0042' }) workerCode: string | null;
  @ApiProperty() active: boolean;
  @ApiProperty() passwordChangedAt: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export function toUserDto(user: User): UserDto {
  return {
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    workerCode: user.workerCode,
    active: user.active,
    passwordChangedAt: user.passwordChangedAt.toISOString(),
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}
