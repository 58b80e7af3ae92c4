import { Module, type DynamicModule } from '@nestjs/common';
import { CalendarModule } from './calendar/calendar.module.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DepartmentsModule } from './departments/departments.module.js';
import { HealthModule } from './health/health.module.js';
import { ProjectionsModule } from './projections/projections.module.js';
import { StorageModule } from './storage/storage.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot(config), StorageModule, CalendarModule, ProjectionsModule, HealthModule, DepartmentsModule],
    };
  }
}
