import { applyDecorators, Controller, Get, Query, type StreamableFile } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../../auth/access.decorators.js';
import { PRICE_READERS } from '../../auth/roles.js';
import { ErrorBody } from '../../common/errors/error-body.js';
import { CONTENT_TYPES } from '../../exports/export-file.js';
import {
  MakeOrBuyQueryDto,
  PriceHistoryQueryDto,
  PriceListExportDto,
  RunChoiceDto,
} from '../dto/price-query.dto.js';
import { ReportDto } from '../dto/report.dto.js';
import type { Report } from '../report.js';
import { respond } from '../respond.js';
import { MakeOrBuyService } from '../services/make-or-buy.service.js';
import { PriceCompositionService } from '../services/price-composition.service.js';
import { PriceHistoryService } from '../services/price-history.service.js';
import { PriceListExportService } from '../services/price-list-export.service.js';
import { ReportEndpoint } from './report-endpoint.js';

const RUN_ERRORS = applyDecorators(
  ApiNotFoundResponse({ type: ErrorBody, description: 'no such run, or no successful run for the year' }),
  ApiConflictResponse({ type: ErrorBody, description: 'the run has not succeeded' }),
);

/** Prices: for everyone but workers (the parties negotiate over them; auditors trace them). */
@ApiTags('reports')
@Controller('reports')
@Roles(...PRICE_READERS)
export class PriceReportsController {
  constructor(
    private readonly composition: PriceCompositionService,
    private readonly history: PriceHistoryService,
    private readonly makeOrBuy: MakeOrBuyService,
    private readonly priceLists: PriceListExportService,
  ) {}

  @Get('price-composition')
  @ReportEndpoint(
    "Price composition: each product's price as own personnel cost, own other costs and support centers' shares",
    'From the stored run (runId, or the latest run of year and costVersion); parts add up to the cent.',
  )
  @RUN_ERRORS
  priceComposition(@Query() query: RunChoiceDto): Promise<Report | StreamableFile> {
    return respond(this.composition.report(query), query.format);
  }

  @Get('price-history')
  @ReportEndpoint(
    'Price history: price, cost and hours per product across years and cost versions, with the run',
  )
  priceHistory(@Query() query: PriceHistoryQueryDto): Promise<Report | StreamableFile> {
    return respond(this.history.report(query), query.format);
  }

  @Get('make-or-buy')
  @ReportEndpoint(
    'Comparisons: own price against reference prices (min, median, max) and purchased services',
    'Own prices: the latest successful run of the year for costVersion (default TP).',
  )
  comparisons(@Query() query: MakeOrBuyQueryDto): Promise<Report | StreamableFile> {
    return respond(this.makeOrBuy.report(query), query.format);
  }

  @Get('price-list')
  @ApiOperation({
    summary: "A run's price list: JSON, CSV, XLSX, or PDF as the service agreement's appendix",
    description: 'runId, or the latest successful run of year and costVersion; organization names the PDF.',
  })
  @ApiProduces('application/json', CONTENT_TYPES.csv, CONTENT_TYPES.xlsx, CONTENT_TYPES.pdf)
  @ApiOkResponse({ type: ReportDto, description: 'JSON; with format=csv, xlsx or pdf, the file' })
  @RUN_ERRORS
  priceList(@Query() query: PriceListExportDto): Promise<Report | StreamableFile> {
    return this.priceLists.export(query);
  }
}
