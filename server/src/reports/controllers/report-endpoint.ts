import { applyDecorators } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProduces } from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body.js';
import { CONTENT_TYPES } from '../../exports/export-file.js';
import { ReportDto } from '../dto/report.dto.js';

/** Swagger of a report endpoint: JSON by default, the same report as CSV or XLSX with `format`. */
export function ReportEndpoint(summary: string, description?: string): MethodDecorator {
  return applyDecorators(
    ApiOperation({ summary, description }),
    ApiProduces('application/json', CONTENT_TYPES.csv, CONTENT_TYPES.xlsx),
    ApiOkResponse({ type: ReportDto, description: 'JSON; with format=csv or xlsx, the file' }),
    ApiBadRequestResponse({ type: ErrorBody }),
  );
}
