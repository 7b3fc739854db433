import { writeFile } from 'node:fs/promises';
import { createApp } from '../app/create-app.js';
import { buildOpenApiDocument, openApiText } from '../app/openapi.js';
import { loadConfig } from '../config/load-config.js';
import { openDatabase } from '../database/data-source.js';
import { stderrLogger } from './app-context.js';
import { Logger } from '@nestjs/common';

/** `costing openapi [--out openapi.json]`: writes the API's OpenAPI document (the admin UI's contract). */
export async function runOpenApi(argv: string[]): Promise<number> {
  const out = argv[0] === '--out' ? argv[1] : 'openapi.json';
  Logger.overrideLogger(stderrLogger);
  const config = loadConfig({ ...process.env, DEMO_DATA: 'off' });
  const dataSource = await openDatabase(config.database);
  try {
    const app = await createApp(config, dataSource);
    await app.init();
    await writeFile(out, openApiText(buildOpenApiDocument(app)));
    await app.close();
    process.stderr.write(`wrote ${out}\n`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}
