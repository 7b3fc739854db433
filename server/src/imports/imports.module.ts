import { Module } from '@nestjs/common';
import { ImportBatchesService } from './import-batches.service.js';
import { ImportProfilesController } from './import-profiles.controller.js';
import { ImportProfilesService } from './import-profiles.service.js';
import { ImportsController } from './imports.controller.js';
import { ImportsService } from './imports.service.js';

@Module({
  controllers: [ImportsController, ImportProfilesController],
  providers: [ImportsService, ImportBatchesService, ImportProfilesService],
  exports: [ImportsService, ImportBatchesService, ImportProfilesService],
})
export class ImportsModule {}
