import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { ROLES, type Role } from '../roles.js';

export class LoginDto {
  @ApiProperty({ example: 'finance' })
  @IsString()
  @MaxLength(200)
  username: string;

  @ApiProperty({ example: 'finance-demo-2011' })
  @IsString()
  @MaxLength(200)
  password: string;
}

export class SessionUserDto {
  @ApiProperty({ example: 'finance' }) username: string;
  @ApiProperty({ example: 'Talouden pääkäyttäjä' }) displayName: string;
  @ApiProperty({ enum: ROLES, isArray: true, example: ['finance'] }) roles: Role[];
}

export class SessionDto {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <token>`; valid for 8 hours' })
  accessToken: string;
  @ApiProperty({ type: SessionUserDto }) user: SessionUserDto;
}

export class MeDto extends SessionUserDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'T0042' }) workerCode: string | null;
  @ApiProperty({ enum: ['local', 'oidc'], description: 'Signed in here, or through the identity provider' })
  source: 'local' | 'oidc';
}
