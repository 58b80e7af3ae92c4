import { Global, Logger, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { CLOCK, type Clock } from '../shared/clock.js';
import { calendarCoverage } from './calendar-coverage.js';
import { CalendarController } from './calendar.controller.js';
import { CALENDAR } from './calendar.token.js';
import { loadCalendar } from './load-calendar.js';

export { CALENDAR } from './calendar.token.js';

/** The working-day calendar: shipped notices plus any an operator added under DATA_DIR/calendar. */
@Global()
@Module({
  providers: [
    {
      provide: CALENDAR,
      inject: [APP_CONFIG, CLOCK],
      useFactory: (config: AppConfig, clock: Clock) => {
        const calendar = loadCalendar(config);
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
