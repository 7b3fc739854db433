import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app/create-app.js';
import type { AppConfig } from './config/app-config.js';
import { DemoLoaderService } from './demo/demo-loader.service.js';
import { loadConfig } from './config/load-config.js';
import { openDatabase } from './database/data-source.js';

/** `npm start`: open (or start) the database, migrate, serve the API, Swagger UI and the admin UI. */
async function main(): Promise<void> {
  const logger = new Logger('Tuotteisto');
  const config = loadConfig();
  const dataSource = await openDatabase(config.database);
  logger.log(
    config.database.mode === 'embedded'
      ? `embedded database in ${config.dataDir}/pg`
      : 'database: DATABASE_URL',
  );
  const app = await createApp(config, dataSource);
  await loadDemoIfWanted(app.get(DemoLoaderService), config, logger);
  await app.listen(config.port, config.host);
  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  logger.log(`admin UI ${base}/   API ${base}/api/v1   Swagger UI ${base}/api/docs`);
}

/** DEMO_DATA: `auto` loads into a fresh embedded database only, `on` always (idempotent), `off` never. */
async function loadDemoIfWanted(demo: DemoLoaderService, config: AppConfig, logger: Logger): Promise<void> {
  const wanted =
    config.demoData === 'on' ||
    (config.demoData === 'auto' && config.database.mode === 'embedded' && (await demo.isEmpty()));
  if (!wanted) return;
  logger.log(
    'loading the demo organization (Jyväskylä 2011 ledger, a year of time records) and pricing 2011…',
  );
  await demo.load();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
