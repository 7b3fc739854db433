import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { describeAccess } from '../auth/openapi-access.js';
import { ErrorBody } from '../common/errors/error-body.js';
import { sortKeys } from '../costing/domain/canonical-json.js';

export const API_PREFIX = 'api/v1';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Tuotteisto API')
    .setDescription(
      'Costing of productized social services: catalog, organization, cost data, time records, ' +
        'allocation keys and rules, recalculation runs and price lists. Money is a decimal string.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  return describeAccess(SwaggerModule.createDocument(app, config, { extraModels: [ErrorBody] }));
}

export function mountSwagger(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs/openapi.json',
    customSiteTitle: 'Tuotteisto API',
  });
}

/** The document as committed in openapi.json: keys sorted so the file only changes when the API does. */
export function openApiText(document: OpenAPIObject): string {
  return `${JSON.stringify(sortKeys(document), null, 2)}\n`;
}
