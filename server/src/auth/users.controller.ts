import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { Audited } from '../audit/audit.decorators.js';
import { ErrorBody } from '../common/errors/error-body.js';
import { Roles } from './access.decorators.js';
import { CurrentUser, type SignedInUser } from './current-user.js';
import { CreateUserDto, ResetPasswordDto, toUserDto, UpdateUserDto, UserDto } from './dto/user.dto.js';
import { UsersService } from './users.service.js';

const USERNAME = ApiParam({ name: 'username', example: 'maija.meikalainen' });

@ApiTags('users')
@Controller('users')
@Audited({ objectType: 'user', readBefore: 'get' })
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Roles('admin', 'auditor')
  @ApiOperation({ summary: 'Local users, by username' })
  @ApiOkResponse({ type: [UserDto] })
  async list(): Promise<UserDto[]> {
    return (await this.users.list()).map(toUserDto);
  }

  @Get(':username')
  @Roles('admin', 'auditor')
  @USERNAME
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ type: ErrorBody })
  async get(@Param('username') username: string): Promise<UserDto> {
    return toUserDto(await this.users.get(username));
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create a user with an initial password (at least 12 characters)' })
  @ApiCreatedResponse({ type: UserDto })
  @ApiConflictResponse({ type: ErrorBody, description: 'the username exists' })
  async create(@Body() body: CreateUserDto): Promise<UserDto> {
    return toUserDto(await this.users.create(body));
  }

  @Patch(':username')
  @Roles('admin')
  @USERNAME
  @ApiOperation({ summary: 'Change roles, name or worker link; `{ "active": false }` deactivates the user' })
  @ApiOkResponse({ type: UserDto })
  @ApiConflictResponse({ type: ErrorBody, description: 'it would leave no active administrator' })
  async update(
    @Param('username') username: string,
    @Body() body: UpdateUserDto,
    @CurrentUser() by: SignedInUser,
  ): Promise<UserDto> {
    return toUserDto(await this.users.update(username, body, by));
  }

  @Post(':username/password')
  @Roles('admin')
  @USERNAME
  @HttpCode(204)
  @Audited({ action: 'password-reset', readBefore: undefined })
  @ApiOperation({ summary: "Set a new password: the user's open sessions end" })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorBody })
  resetPassword(@Param('username') username: string, @Body() body: ResetPasswordDto): Promise<void> {
    return this.users.resetPassword(username, body.password);
  }
}
