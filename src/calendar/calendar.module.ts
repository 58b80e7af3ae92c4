import { Global, Logger, Module } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { WorkingDayCalendar } from '../../domain/rules/calendar/working-day-calendar.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { SHIPPED_HOLIDAY_DIR, loadHolidayTables } from './holiday-files.js';

export const CALENDAR = Symbol('WorkingDayCalendar');

/** The working-day calendar: shipped notices plus any an operator added under DATA_DIR/calendar. */
@Global()
@Module({
  providers: [
    {
      provide: CALENDAR,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const dirs = [SHIPPED_HOLIDAY_DIR, ...config.calendarDirs.filter((dir) => existsSync(dir))];
        const calendar = WorkingDayCalendar.fromTables(loadHolidayTables(dirs));
        new Logger('Calendar').log(`holiday tables loaded for ${calendar.coveredYears().join(', ')}`);
        return calendar;
      },
    },
  ],
  exports: [CALENDAR],
})
export class CalendarModule {}
