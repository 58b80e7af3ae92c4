import { DateTime } from 'luxon';
import type { WorkingDayCalendar } from '../../domain/rules/calendar/working-day-calendar.js';

export interface CalendarCoverage {
  readonly coveredYears: readonly number[];
  readonly warnings: readonly string[];
}

/**
 * docs/domain.md: a year without the State Council notice falls back to Mon–Fri (results marked
 * provisional); it is reported from 1 December of the year before so an operator loads it in time.
 */
export function calendarCoverage(calendar: WorkingDayCalendar, nowMs: number): CalendarCoverage {
  const now = DateTime.fromMillis(nowMs, { zone: 'Asia/Shanghai' });
  const covered = calendar.coveredYears();
  const warnings: string[] = [];
  if (!covered.includes(now.year)) warnings.push(`no holiday table for ${now.year}: working-day deadlines are provisional (Mon–Fri)`);
  if (now.month === 12 && !covered.includes(now.year + 1))
    warnings.push(`no holiday table for ${now.year + 1} yet: load the State Council notice (npm run cli -- calendar load <file>)`);
  return { coveredYears: covered, warnings };
}
