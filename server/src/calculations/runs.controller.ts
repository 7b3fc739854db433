import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Audited } from '../audit/audit.decorators.js';
import { Roles } from '../auth/access.decorators.js';
import { CurrentUser } from '../auth/current-user.js';
import { KEEPERS, PRICE_READERS } from '../auth/roles.js';
import { PriceListDto } from './dto/price-list.dto.js';
import { toRunDto, RunDto } from './dto/run.dto.js';
import { RunFilterDto, StartRunDto } from './dto/start-run.dto.js';
import { PriceListService } from './price-list.service.js';
import { RunsService } from './runs.service.js';

@ApiTags('runs')
@Controller('runs')
export class RunsController {
  constructor(
    private readonly runs: RunsService,
    private readonly priceLists: PriceListService,
  ) {}

  @Post()
  @Roles(...KEEPERS)
  @Audited({ objectType: 'run', action: 'run.start' })
  @HttpCode(202)
  @ApiOperation({ summary: 'Start a recalculation for a year, cost version and scenario' })
  @ApiQuery({
    name: 'wait',
    required: false,
    type: Boolean,
    description: 'answer only when the run has finished',
  })
  @ApiAcceptedResponse({ type: RunDto })
  async start(
    @Body() body: StartRunDto,
    @CurrentUser('username') author: string,
    @Query('wait') wait?: string,
  ): Promise<RunDto> {
    const request = { year: body.year, costVersion: body.costVersion, scenario: body.scenario ?? 'base' };
    return toRunDto(await this.runs.start(request, author, { wait: wait === 'true' }));
  }

  @Get()
  @Roles(...PRICE_READERS)
  @ApiOkResponse({ type: [RunDto] })
  async list(@Query() filter: RunFilterDto): Promise<RunDto[]> {
    return (await this.runs.list(filter)).map(toRunDto);
  }

  @Get('latest')
  @Roles(...PRICE_READERS)
  @ApiOperation({ summary: 'The latest successful run for the filters' })
  @ApiOkResponse({ type: RunDto })
  async latest(@Query() filter: RunFilterDto): Promise<RunDto> {
    return toRunDto(await this.runs.latest(filter));
  }

  @Get('latest/price-list')
  @Roles(...PRICE_READERS)
  @ApiOperation({ summary: 'Prices per client service hour of the latest successful run for the filters' })
  @ApiOkResponse({ type: PriceListDto })
  async latestPriceList(@Query() filter: RunFilterDto): Promise<PriceListDto> {
    return this.priceLists.forRun((await this.runs.latest(filter)).id);
  }

  @Get(':id')
  @Roles(...PRICE_READERS)
  @ApiOkResponse({ type: RunDto })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<RunDto> {
    return toRunDto(await this.runs.get(id));
  }

  @Get(':id/price-list')
  @Roles(...PRICE_READERS)
  @ApiOkResponse({ type: PriceListDto })
  priceList(@Param('id', ParseUUIDPipe) id: string): Promise<PriceListDto> {
    return this.priceLists.forRun(id);
  }

  @Get(':id/result')
  @Roles(...PRICE_READERS)
  @ApiOperation({ summary: "The engine's full result (costing case contract) of a run" })
  @ApiOkResponse({ schema: { type: 'object', additionalProperties: true } })
  async result(@Param('id', ParseUUIDPipe) id: string): Promise<Record<string, unknown> | null> {
    return (await this.runs.documents(id)).result;
  }

  @Get(':id/input')
  @Roles(...PRICE_READERS)
  @ApiOperation({
    summary: 'The costing case the run was computed from: run it with `costing calc` to reproduce',
  })
  @ApiOkResponse({ schema: { type: 'object', additionalProperties: true } })
  async input(@Param('id', ParseUUIDPipe) id: string): Promise<Record<string, unknown> | null> {
    return (await this.runs.documents(id)).input;
  }
}
