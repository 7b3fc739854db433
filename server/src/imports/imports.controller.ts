import {
  Body,
  Controller,
  Delete,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  UploadedFile,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Audited } from '../audit/audit.decorators.js';
import { Roles } from '../auth/access.decorators.js';
import { CurrentUser } from '../auth/current-user.js';
import { DATA_READERS, KEEPERS } from '../auth/roles.js';
import { ErrorBody } from '../common/errors/error-body.js';
import { DeletedImportDto, ImportBatchDto, ImportReportDto } from './dto/import-report.dto.js';
import { LedgerUploadDto, TimeRecordUploadDto } from './dto/import-upload.dto.js';
import { BatchListQueryDto, RejectionsQueryDto } from './dto/page-query.dto.js';
import { DEFAULT_REJECTIONS_PAGE, ImportBatchesService } from './import-batches.service.js';
import type { ImportReport } from './import-report.js';
import { ImportsService } from './imports.service.js';
import { ImportUpload, uploadRequest } from './upload.js';

const REFUSED = {
  type: ErrorBody,
  description:
    'IMPORT_FILE_REJECTED: the whole file was refused (e.g. a personal identity code); nothing was stored. ' +
    '`details` gives fileName, line, column, reason and the batchId recording the refusal.',
};

// The audit log keeps a batch's report without its rejections (those stay with the batch).
const withoutRejections = ({ rejections: _rejections, ...summary }: ImportReport): unknown => summary;

@ApiTags('imports')
@ApiExtraModels(ErrorBody)
@Controller('imports')
@Audited({
  objectType: 'import',
  readBefore: 'report',
  idOf: (report: ImportReport) => report.batchId,
  describe: withoutRejections,
})
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly batches: ImportBatchesService,
  ) {}

  @Post('time-records')
  @Roles(...KEEPERS)
  @Audited({ action: 'import' })
  @ImportUpload(TimeRecordUploadDto)
  @ApiOperation({ summary: 'Import a time-record export (CSV or XLSX) from the client information system' })
  @ApiCreatedResponse({ type: ImportReportDto })
  @ApiUnprocessableEntityResponse(REFUSED)
  importTimeRecords(
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() form: TimeRecordUploadDto,
    @CurrentUser('username') author: string,
  ): Promise<ImportReportDto> {
    return this.imports.importFile(uploadRequest('time', file, form, author));
  }

  @Post('ledger')
  @Roles(...KEEPERS)
  @Audited({ action: 'import' })
  @ImportUpload(LedgerUploadDto)
  @ApiOperation({ summary: 'Import a cost ledger (CSV or XLSX): budget, actual or scenario cost lines' })
  @ApiCreatedResponse({ type: ImportReportDto })
  @ApiUnprocessableEntityResponse(REFUSED)
  importLedger(
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() form: LedgerUploadDto,
    @CurrentUser('username') author: string,
  ): Promise<ImportReportDto> {
    return this.imports.importFile(uploadRequest('ledger', file, form, author));
  }

  @Get()
  @Roles(...DATA_READERS)
  @ApiOperation({ summary: 'Import batches, newest first' })
  @ApiOkResponse({ type: [ImportBatchDto] })
  list(@Query() query: BatchListQueryDto): Promise<ImportBatchDto[]> {
    return this.batches.list({ offset: query.offset ?? 0, limit: query.limit ?? 50 });
  }

  @Get(':id')
  @Roles(...DATA_READERS)
  @ApiOperation({ summary: "An import's report with a page of its rejected rows" })
  @ApiOkResponse({ type: ImportReportDto })
  report(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query?: RejectionsQueryDto,
  ): Promise<ImportReportDto> {
    // The audit interceptor calls this with the id alone, for the state before a deletion.
    const { offset, limit } = { ...DEFAULT_REJECTIONS_PAGE, ...withoutUndefined(query ?? {}) };
    return this.batches.report(id, { offset, limit });
  }

  @Delete(':id')
  @Roles(...KEEPERS)
  @ApiOperation({ summary: "Delete an import's rows; the batch stays as `deleted`, with its report" })
  @ApiOkResponse({ type: DeletedImportDto })
  delete(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser('username') author: string,
  ): Promise<DeletedImportDto> {
    return this.batches.delete(id, author);
  }
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
