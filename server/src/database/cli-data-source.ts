// The data source for the TypeORM CLI (see README.md in this folder):
//   npm run build && npx typeorm migration:show -d dist/server/src/database/cli-data-source.js
// It starts the embedded database when DATABASE_URL is unset, so the CLI refuses, with the lock-file
// message, to touch a data folder that a running server holds. TypeORM awaits the exported promise.
import { loadDatabaseConfig } from '../config/load-config.js';
import { createDataSource } from './data-source.js';

export const dataSource = createDataSource(loadDatabaseConfig());
