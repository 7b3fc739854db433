import { Module } from '@nestjs/common';
import { CalculationsModule } from '../calculations/calculations.module.js';
import { ActivityController } from './controllers/activity.controller.js';
import { ClientCostController } from './controllers/client-cost.controller.js';
import { ComparisonPricesController } from './controllers/comparison-prices.controller.js';
import { PriceReportsController } from './controllers/price-reports.controller.js';
import { WorkingTimeController } from './controllers/working-time.controller.js';
import { LatestRunPriceSource } from './prices/latest-run-price-source.js';
import { PRICE_SOURCE } from './prices/price-source.js';
import { ActivityService } from './services/activity.service.js';
import { ClientCostService } from './services/client-cost.service.js';
import { ComparisonPricesService } from './services/comparison-prices.service.js';
import { MakeOrBuyService } from './services/make-or-buy.service.js';
import { PriceCompositionService } from './services/price-composition.service.js';
import { PriceHistoryService } from './services/price-history.service.js';
import { PriceListExportService } from './services/price-list-export.service.js';
import { WorkingTimeService } from './services/working-time.service.js';

/**
 * Reports on working time, clients and prices, each as JSON, CSV or XLSX (README.md in this folder).
 * PRICE_SOURCE is the seam for issue 4: bind it to locked price lists there.
 */
@Module({
  imports: [CalculationsModule],
  controllers: [
    WorkingTimeController,
    ActivityController,
    ClientCostController,
    PriceReportsController,
    ComparisonPricesController,
  ],
  providers: [
    WorkingTimeService,
    ActivityService,
    ClientCostService,
    PriceCompositionService,
    PriceHistoryService,
    MakeOrBuyService,
    PriceListExportService,
    ComparisonPricesService,
    { provide: PRICE_SOURCE, useClass: LatestRunPriceSource },
  ],
  exports: [PRICE_SOURCE],
})
export class ReportsModule {}
