import { Controller, Get, Query, type StreamableFile } from '@nestjs/common';
import { ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body.js';
import { CLIENT_LEVEL_ROLES, ClientLevel } from '../client-level.js';
import {
  BillingQueryDto,
  ClientCostQueryDto,
  SpecialCompensationQueryDto,
} from '../dto/client-cost-query.dto.js';
import { Roles } from '../../auth/access.decorators.js';
import type { Report, ReportScope } from '../report.js';
import { CurrentReportScope } from '../report-scope.js';
import { respond } from '../respond.js';
import { ClientCostService } from '../services/client-cost.service.js';
import { ReportEndpoint } from './report-endpoint.js';

const NO_PRICES = ApiNotFoundResponse({ type: ErrorBody, description: 'a year of the period has no prices' });

/** Client-level reports: pseudonymous client keys, for the finance and auditor roles only. */
@ApiTags('reports')
@Controller('reports')
@Roles(...CLIENT_LEVEL_ROLES)
export class ClientCostController {
  constructor(private readonly service: ClientCostService) {}

  @Get('client-cost')
  @ClientLevel('client-cost')
  @NO_PRICES
  @ReportEndpoint(
    "Client cost: each client's hours by product × the price in force, per period",
    'Prices: the latest successful run of each year for costVersion (default TP); the report names the runs.',
  )
  clientCost(
    @Query() query: ClientCostQueryDto,
    @CurrentReportScope() scope: ReportScope,
  ): Promise<Report | StreamableFile> {
    return respond(this.service.clientCost(query, scope), query.format);
  }

  @Get('billing-statement')
  @ClientLevel('billing-statement')
  @NO_PRICES
  @ReportEndpoint(
    'Billing statement for other organizers: clients from other home municipalities, per period and product',
    'ownMunicipality (default 179 Jyväskylä) is the organization’s own; municipality picks one statement.',
  )
  billing(
    @Query() query: BillingQueryDto,
    @CurrentReportScope() scope: ReportScope,
  ): Promise<Report | StreamableFile> {
    return respond(this.service.billing(query, scope), query.format);
  }

  @Get('special-compensation')
  @ClientLevel('special-compensation')
  @NO_PRICES
  @ReportEndpoint(
    'Immigrant special compensation claim basis: costs of the immigrant client group per period',
  )
  specialCompensation(
    @Query() query: SpecialCompensationQueryDto,
    @CurrentReportScope() scope: ReportScope,
  ): Promise<Report | StreamableFile> {
    return respond(this.service.specialCompensation(query, scope), query.format);
  }
}
