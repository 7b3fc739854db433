import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
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
import { Roles } from '../auth/access.decorators.js';
import { KEEPERS, DATA_READERS } from '../auth/roles.js';
import { ErrorBody } from '../common/errors/error-body.js';
import {
  CreateWorkerDto,
  PatchWorkerDto,
  UpdateWorkerDto,
  WorkerDto,
  WorkerFilterDto,
} from './dto/worker.dto.js';
import { WorkersService } from './workers.service.js';

const CODE = ApiParam({ name: 'code', example: 'T0042' });
@ApiTags('organization')
@Controller('organization/workers')
@Audited({ objectType: 'worker', readBefore: 'get' })
export class WorkersController {
  constructor(private readonly workers: WorkersService) {}

  @Get()
  @Roles(...DATA_READERS)
  @ApiOperation({ summary: 'Workers (työntekijät) by code' })
  @ApiOkResponse({ type: [WorkerDto] })
  list(@Query() filter: WorkerFilterDto): Promise<WorkerDto[]> {
    return this.workers.list(filter);
  }

  @Get(':code')
  @Roles(...DATA_READERS)
  @CODE
  @ApiOkResponse({ type: WorkerDto })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@Param('code') code: string): Promise<WorkerDto> {
    return this.workers.get(code);
  }

  @Post()
  @Roles(...KEEPERS)
  @ApiCreatedResponse({ type: WorkerDto })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'e.g. fte: must be between 0 and 2' })
  @ApiConflictResponse({ type: ErrorBody, description: 'the code exists' })
  create(@Body() body: CreateWorkerDto): Promise<WorkerDto> {
    return this.workers.create(body);
  }

  @Put(':code')
  @Roles(...KEEPERS)
  @CODE
  @ApiOperation({ summary: 'Replace a worker (the code stays; omitted optional fields are cleared)' })
  @ApiOkResponse({ type: WorkerDto })
  replace(@Param('code') code: string, @Body() body: UpdateWorkerDto): Promise<WorkerDto> {
    return this.workers.replace(code, body);
  }

  @Patch(':code')
  @Roles(...KEEPERS)
  @CODE
  @ApiOkResponse({ type: WorkerDto })
  update(@Param('code') code: string, @Body() body: PatchWorkerDto): Promise<WorkerDto> {
    return this.workers.update(code, body);
  }

  @Delete(':code')
  @Roles(...KEEPERS)
  @CODE
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a worker without time records' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ErrorBody })
  remove(@Param('code') code: string): Promise<void> {
    return this.workers.remove(code);
  }
}
