import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
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
  CreateServicePackageDto,
  PatchServicePackageDto,
  ServicePackageDto,
  UpdateServicePackageDto,
} from './dto/service-package.dto.js';
import { ServicePackagesService } from './service-packages.service.js';

const CODE = ApiParam({ name: 'code', example: 'LS-KOKONAISUUS' });
@ApiTags('catalog')
@Controller('catalog/packages')
@Audited({ objectType: 'service-package', readBefore: 'get' })
export class ServicePackagesController {
  constructor(private readonly packages: ServicePackagesService) {}

  @Get()
  @Roles(...PRICE_READERS)
  @ApiOperation({ summary: 'Service packages (palvelukokonaisuudet) with their products' })
  @ApiOkResponse({ type: [ServicePackageDto] })
  list(): Promise<ServicePackageDto[]> {
    return this.packages.list();
  }

  @Get(':code')
  @Roles(...PRICE_READERS)
  @CODE
  @ApiOkResponse({ type: ServicePackageDto })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@Param('code') code: string): Promise<ServicePackageDto> {
    return this.packages.get(code);
  }

  @Post()
  @Roles(...KEEPERS)
  @ApiCreatedResponse({ type: ServicePackageDto })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'e.g. products[1]: unknown service product "X"' })
  @ApiConflictResponse({ type: ErrorBody, description: 'the code exists' })
  create(@Body() body: CreateServicePackageDto): Promise<ServicePackageDto> {
    return this.packages.create(body);
  }

  @Put(':code')
  @Roles(...KEEPERS)
  @CODE
  @ApiOperation({ summary: 'Replace a package and its product list (its code stays)' })
  @ApiOkResponse({ type: ServicePackageDto })
  replace(@Param('code') code: string, @Body() body: UpdateServicePackageDto): Promise<ServicePackageDto> {
    return this.packages.replace(code, body);
  }

  @Patch(':code')
  @Roles(...KEEPERS)
  @CODE
  @ApiOkResponse({ type: ServicePackageDto })
  update(@Param('code') code: string, @Body() body: PatchServicePackageDto): Promise<ServicePackageDto> {
    return this.packages.update(code, body);
  }

  @Delete(':code')
  @Roles(...KEEPERS)
  @CODE
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a package (its products stay)' })
  @ApiNoContentResponse()
  remove(@Param('code') code: string): Promise<void> {
    return this.packages.remove(code);
  }
}
