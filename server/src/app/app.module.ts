import { Module, type DynamicModule } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { AppConfigModule } from './app-config.module.js';
import { DatabaseModule } from './database.module.js';
import { featureModules } from './feature-modules.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [AppConfigModule.forRoot(config), DatabaseModule.forRoot(dataSource), ...featureModules],
    };
  }
}
