import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators.js';
import { HISTORY_READERS } from '../auth/roles.js';
import { ErrorBody } from '../common/errors/error-body.js';
import { AuditLogQueries } from './audit-log.queries.js';
import { AuditEntryDto, AuditPageDto } from './dto/audit-entry.dto.js';
import { AuditQueryDto } from './dto/audit-query.dto.js';

/** Read-only on purpose: the log has no endpoint that changes it, and the database refuses changes too. */
@ApiTags('audit-log')
@Controller('audit-log')
@Roles(...HISTORY_READERS)
export class AuditLogController {
  constructor(private readonly queries: AuditLogQueries) {}

  @Get()
  @ApiOperation({ summary: 'The audit log, newest first, filtered by object, user, action and period' })
  @ApiOkResponse({ type: AuditPageDto })
  search(@Query() query: AuditQueryDto): Promise<AuditPageDto> {
    return this.queries.search(query);
  }

  @Get(':id')
  @ApiParam({ name: 'id', example: '1042' })
  @ApiOperation({ summary: 'One entry of the audit log' })
  @ApiOkResponse({ type: AuditEntryDto })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@Param('id') id: string): Promise<AuditEntryDto> {
    return this.queries.get(id);
  }
}
