import { Module } from '@nestjs/common';
import { ServiceAreasController } from './service-areas.controller.js';
import { ServiceAreasService } from './service-areas.service.js';
import { ServicePackagesController } from './service-packages.controller.js';
import { ServicePackagesService } from './service-packages.service.js';
import { ServiceProductsController } from './service-products.controller.js';
import { ServiceProductsService } from './service-products.service.js';

/** The service catalog: areas, products and packages. */
@Module({
  controllers: [ServiceAreasController, ServiceProductsController, ServicePackagesController],
  providers: [ServiceAreasService, ServiceProductsService, ServicePackagesService],
  exports: [ServiceAreasService, ServiceProductsService, ServicePackagesService],
})
export class CatalogModule {}
