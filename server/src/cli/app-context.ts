import { Logger, type INestApplicationContext, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app/app.module.js';
import type { AppConfig } from '../config/app-config.js';
import { loadConfig } from '../config/load-config.js';
import { openDatabase } from '../database/data-source.js';

/** Log lines go to stderr, so a command's stdout holds only its result. */
export const stderrLogger: LoggerService = {
  log: (message: unknown, context?: string) =>
    process.stderr.write(`${context ? `[${context}] ` : ''}${String(message)}\n`),
  error: (message: unknown) => process.stderr.write(`error: ${String(message)}\n`),
  warn: (message: unknown) => process.stderr.write(`warning: ${String(message)}\n`),
};

/**
 * Runs a command inside the application (same configuration, database and services as the server,
 * without HTTP), then closes everything, including the embedded database and its lock file.
 */
export async function withAppContext<T>(
  work: (context: INestApplicationContext, config: AppConfig) => Promise<T>,
): Promise<T> {
  Logger.overrideLogger(stderrLogger);
  const config = loadConfig();
  const dataSource = await openDatabase(config.database);
  try {
    const context = await NestFactory.createApplicationContext(AppModule.forRoot(config, dataSource), {
      logger: stderrLogger,
    });
    try {
      return await work(context, config);
    } finally {
      await context.close();
    }
  } finally {
    await dataSource.destroy();
  }
}
