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
import { CostCentersService } from './cost-centers.service.js';
import {
  CostCenterDto,
  CostCenterFilterDto,
  CreateCostCenterDto,
  PatchCostCenterDto,
  UpdateCostCenterDto,
} from './dto/cost-center.dto.js';

const CODE = ApiParam({ name: 'code', example: 'LS-AVO-POHJOINEN' });
@ApiTags('organization')
@Controller('organization/cost-centers')
@Audited({ objectType: 'cost-center', readBefore: 'get' })
export class CostCentersController {
  constructor(private readonly centers: CostCentersService) {}

  @Get()
  @Roles(...DATA_READERS)
  @ApiOperation({ summary: 'Cost centers (kustannuspaikat): production and support' })
  @ApiOkResponse({ type: [CostCenterDto] })
  list(@Query() filter: CostCenterFilterDto): Promise<CostCenterDto[]> {
    return this.centers.list(filter);
  }

  @Get(':code')
  @Roles(...DATA_READERS)
  @CODE
  @ApiOkResponse({ type: CostCenterDto })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@Param('code') code: string): Promise<CostCenterDto> {
    return this.centers.get(code);
  }

  @Post()
  @Roles(...KEEPERS)
  @ApiCreatedResponse({ type: CostCenterDto })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'e.g. parent: unknown cost center "X"' })
  @ApiConflictResponse({ type: ErrorBody, description: 'the code exists' })
  create(@Body() body: CreateCostCenterDto): Promise<CostCenterDto> {
    return this.centers.create(body);
  }

  @Put(':code')
  @Roles(...KEEPERS)
  @CODE
  @ApiOperation({ summary: 'Replace a cost center (its code stays; omitted optional fields are cleared)' })
  @ApiOkResponse({ type: CostCenterDto })
  replace(@Param('code') code: string, @Body() body: UpdateCostCenterDto): Promise<CostCenterDto> {
    return this.centers.replace(code, body);
  }

  @Patch(':code')
  @Roles(...KEEPERS)
  @CODE
  @ApiOperation({ summary: 'Change some fields of a cost center; null clears an optional one' })
  @ApiOkResponse({ type: CostCenterDto })
  update(@Param('code') code: string, @Body() body: PatchCostCenterDto): Promise<CostCenterDto> {
    return this.centers.update(code, body);
  }

  @Delete(':code')
  @Roles(...KEEPERS)
  @CODE
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a cost center nothing refers to (no history, keys, rules or children)' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ErrorBody })
  remove(@Param('code') code: string): Promise<void> {
    return this.centers.remove(code);
  }
}
