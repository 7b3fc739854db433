import { Global, Module } from '@nestjs/common';
import { loadConfig } from './load-config.js';

/** Injection token of the AppConfig: `@Inject(APP_CONFIG) config: AppConfig`. */
export const APP_CONFIG = Symbol('APP_CONFIG');

/** Loads and validates the configuration once, at module creation, for the whole application. */
@Global()
@Module({
  providers: [{ provide: APP_CONFIG, useFactory: () => loadConfig() }],
  exports: [APP_CONFIG],
})
export class ConfigModule {}
