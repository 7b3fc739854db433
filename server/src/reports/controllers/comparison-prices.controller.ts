import { Body, Controller, Get, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Audited } from '../../audit/audit.decorators.js';
import { Roles } from '../../auth/access.decorators.js';
import { CurrentUser } from '../../auth/current-user.js';
import { KEEPERS, PRICE_READERS } from '../../auth/roles.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { ErrorBody } from '../../common/errors/error-body.js';
import {
  ComparisonPriceFilterDto,
  CreatePurchasedPriceDto,
  CreateReferencePriceDto,
  PurchasedPriceDto,
  ReferencePriceDto,
  ReferencePriceImportDto,
  ReferencePriceImportResultDto,
} from '../dto/comparison-prices.dto.js';
import { ComparisonPricesService } from '../services/comparison-prices.service.js';

const MAX_FILE_BYTES = 2 * 1024 * 1024;

const required = (file: Express.Multer.File | undefined): Buffer => {
  if (!file)
    throw new DomainError('VALIDATION_FAILED', 'file: attach the CSV file', { file: 'attach the CSV file' });
  return file.buffer;
};

@ApiTags('comparison prices')
@Controller()
export class ComparisonPricesController {
  constructor(private readonly service: ComparisonPricesService) {}

  @Get('reference-prices')
  @Roles(...PRICE_READERS)
  @ApiOperation({ summary: 'Reference prices of our products from other units and organizations' })
  @ApiOkResponse({ type: [ReferencePriceDto] })
  listReference(@Query() filter: ComparisonPriceFilterDto): Promise<ReferencePriceDto[]> {
    return this.service.listReference(filter);
  }

  @Post('reference-prices')
  @Roles(...KEEPERS)
  @Audited({ objectType: 'reference-price' })
  @ApiOperation({ summary: 'Add a reference price' })
  @ApiCreatedResponse({ type: ReferencePriceDto })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'the source has a price for the product and year' })
  createReference(
    @Body() body: CreateReferencePriceDto,
    @CurrentUser('username') author: string,
  ): Promise<ReferencePriceDto> {
    return this.service.createReference(body, author);
  }

  @Post('reference-prices/import')
  @Roles(...KEEPERS)
  @Audited({
    objectType: 'reference-price-import',
    idOf: (r: ReferencePriceImportResultDto) => r.importBatchId,
  })
  @ApiOperation({
    summary: 'Import a reference price list: CSV Tuote;Vuosi;Lähde;Hinta (decimal comma), all rows or none',
  })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_FILE_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ReferencePriceImportDto })
  @ApiCreatedResponse({ type: ReferencePriceImportResultDto })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: 'the line and column of the first problem',
  })
  importReference(
    @UploadedFile() file: Express.Multer.File | undefined,
    @CurrentUser('username') author: string,
  ): Promise<ReferencePriceImportResultDto> {
    return this.service.importReference(required(file), author);
  }

  @Get('purchased-service-prices')
  @Roles(...PRICE_READERS)
  @ApiOperation({ summary: 'Hourly prices of purchased services, per product, year and supplier' })
  @ApiOkResponse({ type: [PurchasedPriceDto] })
  listPurchased(@Query() filter: ComparisonPriceFilterDto): Promise<PurchasedPriceDto[]> {
    return this.service.listPurchased(filter);
  }

  @Post('purchased-service-prices')
  @Roles(...KEEPERS)
  @Audited({ objectType: 'purchased-service-price' })
  @ApiOperation({ summary: 'Add the hourly price of a purchased service' })
  @ApiCreatedResponse({ type: PurchasedPriceDto })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'the supplier has a price for the product and year' })
  createPurchased(
    @Body() body: CreatePurchasedPriceDto,
    @CurrentUser('username') author: string,
  ): Promise<PurchasedPriceDto> {
    return this.service.createPurchased(body, author);
  }
}
