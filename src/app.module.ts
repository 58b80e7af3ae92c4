import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { LoggerModule, type Params as LoggingParams } from 'nestjs-pino';
import { AuditModule } from './audit/audit.module.js';
import { ApiExceptionFilter } from './http/api-exception.filter.js';
import { MinPositionInterceptor } from './http/min-position.interceptor.js';
import { AuthModule } from './auth/auth.module.js';
import { SubjectsModule } from './subjects/subjects.module.js';
import { CommitmentsModule } from './commitments/commitments.module.js';
import { BreachesModule } from './breaches/breaches.module.js';
import { ObjectionsModule } from './objections/objections.module.js';
import { RepairsModule } from './repairs/repairs.module.js';
import { ReviewsModule } from './reviews/reviews.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { LoanChecksModule } from './loan-checks/loan-checks.module.js';
import { AgenciesModule } from './agencies/agencies.module.js';
import { QueriesModule } from './queries/queries.module.js';
import { PrivacyModule } from './privacy/privacy.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { ConsoleModule } from './console/console.module.js';
import { LedgerModule } from './ledger/ledger.module.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DepartmentsModule } from './departments/departments.module.js';
import { HealthModule } from './health/health.module.js';
import { ProjectionsModule } from './projections/projections.module.js';
import type { Clock } from './shared/clock.js';
import { StorageModule } from './storage/storage.module.js';
import { PublicRateLimitGuard } from './privacy/hardening/public-rate-limit.guard.js';

@Module({})
export class AppModule {
  /** `clock` replaces the wall clock everywhere (tests move time with it); omitted, the system clock. `logging`: src/logging/nest-logging.ts. */
  static forRoot(config: AppConfig, options: { clock?: Clock; logging?: LoggingParams } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [...(options.logging ? [LoggerModule.forRoot(options.logging)] : []), ConfigModule.forRoot(config), AuthModule, CqrsModule.forRoot(), StorageModule.forRoot({ clock: options.clock }), CalendarModule, ProjectionsModule, HealthModule, DepartmentsModule, SubjectsModule, AuditModule,
        CommitmentsModule, BreachesModule, ObjectionsModule, RepairsModule, ReviewsModule, ReportsModule, LoanChecksModule, AgenciesModule, QueriesModule, PrivacyModule, ConsoleModule, LedgerModule],
      providers: [{ provide: APP_FILTER, useClass: ApiExceptionFilter }, { provide: APP_INTERCEPTOR, useClass: MinPositionInterceptor }, { provide: APP_GUARD, useClass: PublicRateLimitGuard }],
    };
  }
}
