import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { NotAudited } from '../audit/audit.decorators.js';
import { correlationIdOf } from '../common/errors/correlation-id.middleware.js';
import { ErrorBody } from '../common/errors/error-body.js';
import { Public, SignedIn } from './access.decorators.js';
import { AuthService } from './auth.service.js';
import { CurrentUser, type SignedInUser } from './current-user.js';
import { LoginDto, MeDto, SessionDto } from './dto/session.dto.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @NotAudited('the service records successes and failures itself')
  @ApiOperation({ summary: 'Sign in with a local username and password' })
  @ApiOkResponse({ type: SessionDto })
  @ApiUnauthorizedResponse({ type: ErrorBody, description: 'Wrong username or password (the same for both)' })
  @ApiTooManyRequestsResponse({ type: ErrorBody, description: 'TOO_MANY_ATTEMPTS: too many recent failures' })
  login(@Body() body: LoginDto, @Req() request: Request): Promise<SessionDto> {
    return this.auth.login({ ...body, correlationId: correlationIdOf(request) });
  }

  @Get('me')
  @SignedIn()
  @ApiOperation({ summary: 'Who is signed in, with the roles in force' })
  @ApiOkResponse({ type: MeDto })
  me(@CurrentUser() user: SignedInUser): MeDto {
    return { ...user, roles: [...user.roles] };
  }
}
