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
import { ErrorBody } from '../common/errors/error-body.js';
import { CreateRegionDto, PatchRegionDto, RegionDto, UpdateRegionDto } from './dto/region.dto.js';
import { RegionsService } from './regions.service.js';

const CODE = ApiParam({ name: 'code', example: 'POHJOINEN' });
@ApiTags('organization')
@Controller('organization/regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @ApiOperation({ summary: 'Regions (alueet)' })
  @ApiOkResponse({ type: [RegionDto] })
  list(): Promise<RegionDto[]> {
    return this.regions.list();
  }

  @Get(':code')
  @CODE
  @ApiOkResponse({ type: RegionDto })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@Param('code') code: string): Promise<RegionDto> {
    return this.regions.get(code);
  }

  @Post()
  @ApiCreatedResponse({ type: RegionDto })
  @ApiConflictResponse({ type: ErrorBody, description: 'the code exists' })
  create(@Body() body: CreateRegionDto): Promise<RegionDto> {
    return this.regions.create(body);
  }

  @Put(':code')
  @CODE
  @ApiOkResponse({ type: RegionDto })
  replace(@Param('code') code: string, @Body() body: UpdateRegionDto): Promise<RegionDto> {
    return this.regions.update(code, body);
  }

  @Patch(':code')
  @CODE
  @ApiOkResponse({ type: RegionDto })
  update(@Param('code') code: string, @Body() body: PatchRegionDto): Promise<RegionDto> {
    return this.regions.update(code, body);
  }

  @Delete(':code')
  @CODE
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a region no cost center, worker or time record refers to' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ErrorBody })
  remove(@Param('code') code: string): Promise<void> {
    return this.regions.remove(code);
  }
}
