import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DataSource } from 'typeorm';
import { AllExceptionsFilter } from '../common/errors/all-exceptions.filter.js';
import { correlationId } from '../common/errors/correlation-id.middleware.js';
import { validationPipe } from '../common/errors/validation.pipe.js';
import type { AppConfig } from '../config/app-config.js';
import { AppModule } from './app.module.js';
import { API_PREFIX, mountSwagger } from './openapi.js';

export const ADMIN_UI_DIR = resolve('admin-ui/dist/admin-ui/browser');

/** The whole application on an open database: API under /api/v1, Swagger UI, the admin UI at /. */
export async function createApp(config: AppConfig, dataSource: DataSource): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, dataSource), {
    logger: loggerLevels(config.logLevel),
    bufferLogs: false,
  });
  app.use(correlationId);
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();
  mountSwagger(app);
  serveAdminUi(app);
  return app;
}

/** Static files of the built admin UI; any other non-API path gets index.html (client-side routes). */
function serveAdminUi(app: NestExpressApplication): void {
  if (!existsSync(resolve(ADMIN_UI_DIR, 'index.html'))) return;
  app.useStaticAssets(ADMIN_UI_DIR, { index: false });
  const express = app.getHttpAdapter().getInstance() as import('express').Express;
  // Not /api/…, and not a file name (a missing asset should be a 404, not the app).
  const clientRoute = /^\/(?!api(?:\/|$))(?!.*\.[a-z0-9]+$).*/i;
  express.get(clientRoute, (_request, response) => response.sendFile(resolve(ADMIN_UI_DIR, 'index.html')));
}

function loggerLevels(level: AppConfig['logLevel']) {
  const order = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
  return order.slice(0, order.indexOf(level) + 1);
}
