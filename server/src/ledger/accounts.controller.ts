import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Audited } from '../audit/audit.decorators.js';
import { Roles } from '../auth/access.decorators.js';
import { KEEPERS, DATA_READERS } from '../auth/roles.js';
import { ErrorBody } from '../common/errors/error-body.js';
import { AccountsService } from './accounts.service.js';
import { AccountDto, AccountFilterDto, SaveAccountDto } from './dto/account.dto.js';

const CODE = ApiParam({ name: 'code', example: '4100', description: 'URL-encoded: TILI%2F4100' });
@ApiTags('accounts')
@Controller('accounts')
@Audited({ objectType: 'account', readBefore: 'get' })
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @Roles(...DATA_READERS)
  @ApiOperation({ summary: 'Accounts of the chart of accounts (JHS 192), by code' })
  @ApiOkResponse({ type: [AccountDto] })
  list(@Query() filter: AccountFilterDto): Promise<AccountDto[]> {
    return this.accounts.list(filter);
  }

  @Get(':code')
  @Roles(...DATA_READERS)
  @CODE
  @ApiOkResponse({ type: AccountDto })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@Param('code') code: string): Promise<AccountDto> {
    return this.accounts.get(code);
  }

  @Put(':code')
  @Roles(...KEEPERS)
  @CODE
  @ApiOperation({ summary: 'Create an account or rename it' })
  @ApiOkResponse({ type: AccountDto })
  save(@Param('code') code: string, @Body() body: SaveAccountDto): Promise<AccountDto> {
    return this.accounts.save(code, body.name);
  }
}
