export type {
  AppConfig,
  DatabaseConfig,
  EmbeddedDatabaseConfig,
  LogLevel,
  NodeEnv,
  OidcConfig,
  ServerDatabaseConfig,
} from './app-config.js';
export { renderConfigTable } from './config-table.js';
export { envSchema, type EnvName } from './env-schema.js';
export {
  ConfigError,
  loadConfig,
  loadDatabaseConfig,
  type ConfigIssue,
  type Environment,
} from './load-config.js';
export { APP_CONFIG, ConfigModule } from './config.module.js';
