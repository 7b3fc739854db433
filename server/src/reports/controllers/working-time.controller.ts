import { Controller, Get, Param, Query, type StreamableFile } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ClientLevel } from '../client-level.js';
import { WorkerViewQueryDto, WorkingTimeQueryDto } from '../dto/working-time-query.dto.js';
import { Roles } from '../../auth/access.decorators.js';
import { TIME_REPORT_READERS } from '../client-level.js';
import type { Report, ReportScope } from '../report.js';
import { CurrentReportScope } from '../report-scope.js';
import { respond } from '../respond.js';
import { WorkingTimeService } from '../services/working-time.service.js';
import { ReportEndpoint } from './report-endpoint.js';

/** A worker sees only their own records (the scope); admin, finance and auditor see everyone's. */
@ApiTags('reports')
@Controller('reports')
@Roles(...TIME_REPORT_READERS)
export class WorkingTimeController {
  constructor(private readonly service: WorkingTimeService) {}

  @Get('working-time')
  @ReportEndpoint(
    'Working time: direct and indirect client hours and the share of paid time in client work',
    'Rows by worker, cost center, region, service area or product (`by`).',
  )
  workingTime(
    @Query() query: WorkingTimeQueryDto,
    @CurrentReportScope() scope: ReportScope,
  ): Promise<Report | StreamableFile> {
    return respond(this.service.report(query, scope), query.format);
  }

  @Get('workers/:worker/working-time')
  @ApiParam({ name: 'worker', example: 'T0001' })
  @ClientLevel('worker-working-time:client')
  @ReportEndpoint(
    "A worker's own working time by product or by client key",
    'by=client lists pseudonymous client keys: finance and auditor roles, and the worker themself.',
  )
  worker(
    @Param('worker') worker: string,
    @Query() query: WorkerViewQueryDto,
    @CurrentReportScope() scope: ReportScope,
  ): Promise<Report | StreamableFile> {
    return respond(this.service.forWorker(worker, query, scope), query.format);
  }
}
