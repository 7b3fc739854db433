// Uploads stream to a temporary file (never into memory), are imported from there and deleted afterwards.
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import {
  applyDecorators,
  Injectable,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import type { Request } from 'express';
import multer from 'multer';
import { catchError, from, mergeMap, throwError, type Observable } from 'rxjs';
import { DomainError } from '../common/errors/domain-error.js';
import type { ImportKind, ImportRequest } from './import-report.js';

export const MAX_UPLOAD_BYTES = 500 * 1024 * 1024;
export const UPLOAD_PREFIX = 'tuotteisto-upload-';

const multerOptions = {
  storage: multer.diskStorage({
    destination: tmpdir(),
    filename: (_request, _file, callback) => callback(null, `${UPLOAD_PREFIX}${randomUUID()}`),
  }),
  limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 },
  // Browsers send file names as UTF-8 ("Yöhoito.csv"); busboy's default would read them as Latin-1.
  defParamCharset: 'utf8',
};

/** Removes the uploaded temporary file before the answer goes out, whatever the outcome. */
@Injectable()
class RemoveUploadInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const remove = async (): Promise<void> => {
      if (request.file?.path) await rm(request.file.path, { force: true });
    };
    return next.handle().pipe(
      mergeMap(async (answer: unknown) => {
        await remove();
        return answer;
      }),
      catchError((error: unknown) => from(remove()).pipe(mergeMap(() => throwError(() => error)))),
    );
  }
}

/** A multipart upload of one `file` with the fields of `form`, documented for Swagger. */
export function ImportUpload(form: Type<unknown>): MethodDecorator {
  return applyDecorators(
    UseInterceptors(FileInterceptor('file', multerOptions), RemoveUploadInterceptor),
    ApiConsumes('multipart/form-data'),
    ApiBody({ type: form }),
  );
}

interface UploadFields {
  profile?: string;
  year?: number;
  version?: string;
  costCenter?: string;
}

/** The import of an uploaded file by the signed-in user. */
export function uploadRequest(
  kind: ImportKind,
  file: Express.Multer.File | undefined,
  fields: UploadFields,
  author: string,
): ImportRequest {
  if (!file)
    throw new DomainError('VALIDATION_FAILED', 'file: a file is required', { file: 'a file is required' });
  const { profile, year, version, costCenter } = fields;
  return {
    kind,
    source: file.path,
    fileName: file.originalname,
    profile,
    defaults: kind === 'ledger' ? { year, version, costCenter } : undefined,
    author,
  };
}
