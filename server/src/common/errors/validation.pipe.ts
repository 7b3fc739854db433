import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError } from './domain-error.js';

/** class-validator errors become one VALIDATION_FAILED error with a message per field path. */
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fields = Object.fromEntries(flatten(errors));
      const message = Object.entries(fields)
        .map(([field, problem]) => `${field}: ${problem}`)
        .join('; ');
      return new DomainError('VALIDATION_FAILED', message, fields);
    },
  });
}

function flatten(errors: ValidationError[], prefix = ''): [string, string][] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own: [string, string][] = error.constraints
      ? [[path, Object.values(error.constraints).join('; ')]]
      : [];
    return [...own, ...flatten(error.children ?? [], path)];
  });
}
