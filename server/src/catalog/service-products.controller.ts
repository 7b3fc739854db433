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
import { ErrorBody } from '../common/errors/error-body.js';
import {
  CreateServiceProductDto,
  PatchServiceProductDto,
  ServiceProductDto,
  ServiceProductFilterDto,
  UpdateServiceProductDto,
} from './dto/service-product.dto.js';
import { ServiceProductsService } from './service-products.service.js';

const CODE = ApiParam({ name: 'code', example: 'LS-AVO' });
@ApiTags('catalog')
@Controller('catalog/products')
export class ServiceProductsController {
  constructor(private readonly products: ServiceProductsService) {}

  @Get()
  @ApiOperation({ summary: 'Service products (palvelutuotteet), by code' })
  @ApiOkResponse({ type: [ServiceProductDto] })
  list(@Query() filter: ServiceProductFilterDto): Promise<ServiceProductDto[]> {
    return this.products.list(filter);
  }

  @Get(':code')
  @CODE
  @ApiOkResponse({ type: ServiceProductDto })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@Param('code') code: string): Promise<ServiceProductDto> {
    return this.products.get(code);
  }

  @Post()
  @ApiCreatedResponse({ type: ServiceProductDto })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'e.g. area: unknown service area "X"' })
  @ApiConflictResponse({ type: ErrorBody, description: 'the code exists' })
  create(@Body() body: CreateServiceProductDto): Promise<ServiceProductDto> {
    return this.products.create(body);
  }

  @Put(':code')
  @CODE
  @ApiOperation({ summary: 'Replace a product (its code stays; omitted optional fields get their defaults)' })
  @ApiOkResponse({ type: ServiceProductDto })
  replace(@Param('code') code: string, @Body() body: UpdateServiceProductDto): Promise<ServiceProductDto> {
    return this.products.replace(code, body);
  }

  @Patch(':code')
  @CODE
  @ApiOperation({ summary: 'Change some fields of a product; `{ "active": false }` deactivates it' })
  @ApiOkResponse({ type: ServiceProductDto })
  update(@Param('code') code: string, @Body() body: PatchServiceProductDto): Promise<ServiceProductDto> {
    return this.products.update(code, body);
  }

  @Delete(':code')
  @CODE
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a product nothing refers to (time records, results, packages)' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ErrorBody, description: 'referred to: deactivate it instead' })
  remove(@Param('code') code: string): Promise<void> {
    return this.products.remove(code);
  }
}
