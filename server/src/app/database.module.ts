import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Provides the application's DataSource, opened (and migrated) before Nest starts, so the CLI, the
 * tests and the server share one way of opening the database. Services inject `DataSource`.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(dataSource: DataSource): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [{ provide: DataSource, useValue: dataSource }],
      exports: [DataSource],
    };
  }
}
