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
import { KEEPERS, PRICE_READERS } from '../auth/roles.js';
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
@Audited({ objectType: 'service-product', readBefore: 'get' })
export class ServiceProductsController {
  constructor(private readonly products: ServiceProductsService) {}

  @Get()
  @Roles(...PRICE_READERS)
  @ApiOperation({ summary: 'Service products (palvelutuotteet), by code' })
  @ApiOkResponse({ type: [ServiceProductDto] })
  list(@Query() filter: ServiceProductFilterDto): Promise<ServiceProductDto[]> {
    return this.products.list(filter);
  }

  @Get(':code')
  @Roles(...PRICE_READERS)
  @CODE
  @ApiOkResponse({ type: ServiceProductDto })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@Param('code') code: string): Promise<ServiceProductDto> {
    return this.products.get(code);
  }

  @Post()
  @Roles(...KEEPERS)
  @ApiCreatedResponse({ type: ServiceProductDto })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'e.g. area: unknown service area "X"' })
  @ApiConflictResponse({ type: ErrorBody, description: 'the code exists' })
  create(@Body() body: CreateServiceProductDto): Promise<ServiceProductDto> {
    return this.products.create(body);
  }

  @Put(':code')
  @Roles(...KEEPERS)
  @CODE
  @ApiOperation({ summary: 'Replace a product (its code stays; omitted optional fields get their defaults)' })
  @ApiOkResponse({ type: ServiceProductDto })
  replace(@Param('code') code: string, @Body() body: UpdateServiceProductDto): Promise<ServiceProductDto> {
    return this.products.replace(code, body);
  }

  @Patch(':code')
  @Roles(...KEEPERS)
  @CODE
  @ApiOperation({ summary: 'Change some fields of a product; `{ "active": false }` deactivates it' })
  @ApiOkResponse({ type: ServiceProductDto })
  update(@Param('code') code: string, @Body() body: PatchServiceProductDto): Promise<ServiceProductDto> {
    return this.products.update(code, body);
  }

  @Delete(':code')
  @Roles(...KEEPERS)
  @CODE
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a product nothing refers to (time records, results, packages)' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ErrorBody, description: 'referred to: deactivate it instead' })
  remove(@Param('code') code: string): Promise<void> {
    return this.products.remove(code);
  }
}
