import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditInterceptor } from './audit.interceptor.js';
import { AuditLogController } from './audit-log.controller.js';
import { AuditLogQueries } from './audit-log.queries.js';
import { AuditLogService } from './audit-log.service.js';

/** The audit log: every API write recorded by a global interceptor; services may record more. */
@Global()
@Module({
  controllers: [AuditLogController],
  providers: [AuditLogService, AuditLogQueries, { provide: APP_INTERCEPTOR, useClass: AuditInterceptor }],
  exports: [AuditLogService],
})
export class AuditModule {}
