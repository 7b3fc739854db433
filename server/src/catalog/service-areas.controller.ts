import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
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
import { Roles } from '../auth/access.decorators.js';
import { KEEPERS, PRICE_READERS } from '../auth/roles.js';
import { ErrorBody } from '../common/errors/error-body.js';
import {
  CreateServiceAreaDto,
  PatchServiceAreaDto,
  ServiceAreaDto,
  UpdateServiceAreaDto,
} from './dto/service-area.dto.js';
import { ServiceAreasService } from './service-areas.service.js';

const CODE = ApiParam({ name: 'code', example: 'LS' });
@ApiTags('catalog')
@Controller('catalog/areas')
@Audited({ objectType: 'service-area', readBefore: 'get' })
export class ServiceAreasController {
  constructor(private readonly areas: ServiceAreasService) {}

  @Get()
  @Roles(...PRICE_READERS)
  @ApiOperation({ summary: 'Service areas (palvelualueet)' })
  @ApiOkResponse({ type: [ServiceAreaDto] })
  list(): Promise<ServiceAreaDto[]> {
    return this.areas.list();
  }

  @Get(':code')
  @Roles(...PRICE_READERS)
  @CODE
  @ApiOkResponse({ type: ServiceAreaDto })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@Param('code') code: string): Promise<ServiceAreaDto> {
    return this.areas.get(code);
  }

  @Post()
  @Roles(...KEEPERS)
  @ApiCreatedResponse({ type: ServiceAreaDto })
  @ApiConflictResponse({ type: ErrorBody, description: 'the code exists' })
  create(@Body() body: CreateServiceAreaDto): Promise<ServiceAreaDto> {
    return this.areas.create(body);
  }

  @Put(':code')
  @Roles(...KEEPERS)
  @CODE
  @ApiOperation({ summary: 'Replace a service area (its code stays)' })
  @ApiOkResponse({ type: ServiceAreaDto })
  replace(@Param('code') code: string, @Body() body: UpdateServiceAreaDto): Promise<ServiceAreaDto> {
    return this.areas.update(code, body);
  }

  @Patch(':code')
  @Roles(...KEEPERS)
  @CODE
  @ApiOkResponse({ type: ServiceAreaDto })
  update(@Param('code') code: string, @Body() body: PatchServiceAreaDto): Promise<ServiceAreaDto> {
    return this.areas.update(code, body);
  }

  @Delete(':code')
  @Roles(...KEEPERS)
  @CODE
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a service area no product or cost center belongs to' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ErrorBody, description: 'products or cost centers belong to it' })
  remove(@Param('code') code: string): Promise<void> {
    return this.areas.remove(code);
  }
}
