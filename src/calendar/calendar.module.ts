import { Global, Logger, Module } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { WorkingDayCalendar } from '../../domain/rules/calendar/working-day-calendar.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { CLOCK, type Clock } from '../shared/clock.js';
import { calendarCoverage } from './calendar-coverage.js';
import { CalendarController } from './calendar.controller.js';
import { CALENDAR } from './calendar.token.js';
import { SHIPPED_HOLIDAY_DIR, loadHolidayTables } from './holiday-files.js';

export { CALENDAR } from './calendar.token.js';

/** The working-day calendar: shipped notices plus any an operator added under DATA_DIR/calendar. */
@Global()
@Module({
  providers: [
    {
      provide: CALENDAR,
      inject: [APP_CONFIG, CLOCK],
      useFactory: (config: AppConfig, clock: Clock) => {
        const dirs = [SHIPPED_HOLIDAY_DIR, ...config.calendarDirs.filter((dir) => existsSync(dir))];
        const calendar = WorkingDayCalendar.fromTables(loadHolidayTables(dirs));
        const logger = new Logger('Calendar');
        logger.log(`holiday tables loaded for ${calendar.coveredYears().join(', ')}`);
        // docs/domain.md: a missing year never refuses service; it is warned about and marked provisional.
        calendarCoverage(calendar, clock.nowMs()).warnings.forEach((warning) => logger.warn(warning));
        return calendar;
      },
    },
  ],
  controllers: [CalendarController],
  exports: [CALENDAR],
})
export class CalendarModule {}
