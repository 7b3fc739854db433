import { Module } from '@nestjs/common';
import { AccountsController } from './accounts.controller.js';
import { AccountsService } from './accounts.service.js';

/** The chart of accounts. */
@Module({ controllers: [AccountsController], providers: [AccountsService], exports: [AccountsService] })
export class LedgerModule {}
