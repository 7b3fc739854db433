import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CaseValidationError } from '../../costing/domain/case-validation-error.js';
import { correlationIdOf } from './correlation-id.middleware.js';
import { DomainError } from './domain-error.js';
import type { ErrorBody } from './error-body.js';
import { ERROR_STATUS } from './error-status.js';

/** Maps every error to `{ code, message, correlationId, fields? }` with the right status. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const correlationId = correlationIdOf(request);
    const { status, body } = this.describe(error);
    if (status >= 500) {
      this.logger.error(
        `${correlationId} ${request.method} ${request.path}: ${(error as Error)?.stack ?? String(error)}`,
      );
    }
    response.status(status).json({ ...body, correlationId } satisfies ErrorBody);
  }

  private describe(error: unknown): { status: number; body: Omit<ErrorBody, 'correlationId'> } {
    if (error instanceof DomainError) {
      const { code, message, fields, details } = error;
      return { status: ERROR_STATUS[code], body: { code, message, fields, details } };
    }
    if (error instanceof CaseValidationError) {
      const fields = Object.fromEntries(error.issues.map((i) => [i.path, i.message]));
      return {
        status: ERROR_STATUS.COSTING_CASE_INVALID,
        body: { code: error.code, message: error.message, fields },
      };
    }
    if (error instanceof HttpException) return { status: error.getStatus(), body: fromHttpException(error) };
    return {
      status: 500,
      body: { code: 'INTERNAL', message: 'Internal error: the server log has the details' },
    };
  }
}

function fromHttpException(error: HttpException): Omit<ErrorBody, 'correlationId'> {
  const status = error.getStatus();
  const code =
    status === 401
      ? 'UNAUTHENTICATED'
      : status === 403
        ? 'FORBIDDEN'
        : status === 404
          ? 'NOT_FOUND'
          : 'VALIDATION_FAILED';
  const response = error.getResponse();
  const message =
    typeof response === 'string' ? response : ((response as { message?: unknown }).message ?? error.message);
  return { code, message: Array.isArray(message) ? message.join('; ') : String(message) };
}
