import { Module } from '@nestjs/common';
import { CostCentersController } from './cost-centers.controller.js';
import { CostCentersService } from './cost-centers.service.js';
import { RegionsController } from './regions.controller.js';
import { RegionsService } from './regions.service.js';
import { WorkersController } from './workers.controller.js';
import { WorkersService } from './workers.service.js';

/** The organization: regions, cost centers and workers. */
@Module({
  controllers: [RegionsController, CostCentersController, WorkersController],
  providers: [RegionsService, CostCentersService, WorkersService],
  exports: [RegionsService, CostCentersService, WorkersService],
})
export class OrganizationModule {}
