import { existsSync } from 'node:fs';
import { WorkingDayCalendar } from '../../domain/rules/calendar/working-day-calendar.js';
import type { AppConfig } from '../config/app-config.js';
import { SHIPPED_HOLIDAY_DIR, loadHolidayTables } from './holiday-files.js';

/** The working-day calendar the service, the CLI and the demo all use: shipped notices, then DATA_DIR/calendar and CALENDAR_DIRS. */
export function loadCalendar(config: AppConfig): WorkingDayCalendar {
  const dirs = [SHIPPED_HOLIDAY_DIR, ...config.calendarDirs.filter((dir) => existsSync(dir))];
  return WorkingDayCalendar.fromTables(loadHolidayTables(dirs));
}
