import { Controller, Get, Query, type StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PeriodUnitDto } from '../dto/report-query.dto.js';
import { CrossServiceQueryDto, FocusAreasQueryDto } from '../dto/working-time-query.dto.js';
import { Roles } from '../../auth/access.decorators.js';
import { TIME_REPORT_READERS } from '../client-level.js';
import type { Report, ReportScope } from '../report.js';
import { CurrentReportScope } from '../report-scope.js';
import { respond } from '../respond.js';
import { ActivityService } from '../services/activity.service.js';
import { ReportEndpoint } from './report-endpoint.js';

/** A worker sees only their own records (the scope); admin, finance and auditor see everyone's. */
@ApiTags('reports')
@Controller('reports')
@Roles(...TIME_REPORT_READERS)
export class ActivityController {
  constructor(private readonly service: ActivityService) {}

  @Get('cross-service-time')
  @ReportEndpoint(
    "Cross-service time: the workers' home unit (or its service area) × products, hours and shares",
    "e.g. how much of child protection workers' time goes to income support.",
  )
  crossService(
    @Query() query: CrossServiceQueryDto,
    @CurrentReportScope() scope: ReportScope,
  ): Promise<Report | StreamableFile> {
    return respond(this.service.crossService(query, scope), query.format);
  }

  @Get('focus-areas')
  @ReportEndpoint(
    'Focus areas: the products taking most client work, per region and month (or quarter, year)',
  )
  focusAreas(
    @Query() query: FocusAreasQueryDto,
    @CurrentReportScope() scope: ReportScope,
  ): Promise<Report | StreamableFile> {
    return respond(this.service.focusAreas(query, scope), query.format);
  }

  @Get('client-statistics')
  @ReportEndpoint('Distinct clients per product and period (a statistic, not a cost basis)')
  clientStatistics(
    @Query() query: PeriodUnitDto,
    @CurrentReportScope() scope: ReportScope,
  ): Promise<Report | StreamableFile> {
    return respond(this.service.clientStatistics(query, scope), query.format);
  }
}
