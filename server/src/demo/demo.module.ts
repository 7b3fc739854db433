import { Module } from '@nestjs/common';
import { CalculationsModule } from '../calculations/calculations.module.js';
import { ImportsModule } from '../imports/imports.module.js';
import { DemoLoaderService } from './demo-loader.service.js';

@Module({
  imports: [ImportsModule, CalculationsModule],
  providers: [DemoLoaderService],
  exports: [DemoLoaderService],
})
export class DemoModule {}
