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
import { KEEPERS, DATA_READERS } from '../auth/roles.js';
import { ErrorBody } from '../common/errors/error-body.js';
import { CreateRegionDto, PatchRegionDto, RegionDto, UpdateRegionDto } from './dto/region.dto.js';
import { RegionsService } from './regions.service.js';

const CODE = ApiParam({ name: 'code', example: 'POHJOINEN' });
@ApiTags('organization')
@Controller('organization/regions')
@Audited({ objectType: 'region', readBefore: 'get' })
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @Roles(...DATA_READERS)
  @ApiOperation({ summary: 'Regions (alueet)' })
  @ApiOkResponse({ type: [RegionDto] })
  list(): Promise<RegionDto[]> {
    return this.regions.list();
  }

  @Get(':code')
  @Roles(...DATA_READERS)
  @CODE
  @ApiOkResponse({ type: RegionDto })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@Param('code') code: string): Promise<RegionDto> {
    return this.regions.get(code);
  }

  @Post()
  @Roles(...KEEPERS)
  @ApiCreatedResponse({ type: RegionDto })
  @ApiConflictResponse({ type: ErrorBody, description: 'the code exists' })
  create(@Body() body: CreateRegionDto): Promise<RegionDto> {
    return this.regions.create(body);
  }

  @Put(':code')
  @Roles(...KEEPERS)
  @CODE
  @ApiOkResponse({ type: RegionDto })
  replace(@Param('code') code: string, @Body() body: UpdateRegionDto): Promise<RegionDto> {
    return this.regions.update(code, body);
  }

  @Patch(':code')
  @Roles(...KEEPERS)
  @CODE
  @ApiOkResponse({ type: RegionDto })
  update(@Param('code') code: string, @Body() body: PatchRegionDto): Promise<RegionDto> {
    return this.regions.update(code, body);
  }

  @Delete(':code')
  @Roles(...KEEPERS)
  @CODE
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a region no cost center, worker or time record refers to' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ErrorBody })
  remove(@Param('code') code: string): Promise<void> {
    return this.regions.remove(code);
  }
}
