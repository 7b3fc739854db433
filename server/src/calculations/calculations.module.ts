import { Module } from '@nestjs/common';
import { PriceListService } from './price-list.service.js';
import { RunsController } from './runs.controller.js';
import { RunsService } from './runs.service.js';

@Module({ controllers: [RunsController], providers: [RunsService, PriceListService], exports: [RunsService] })
export class CalculationsModule {}
