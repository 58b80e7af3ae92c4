/**
 * Business time of the demo: instants in Asia/Shanghai between January 2025 and the demo's
 * "today" (the real date when seeding, or `--today`). Historical cases keep absolute dates (Spring
 * Festival 2026, National Day 2025); recent ones are placed relative to today (plan-recent.ts).
 */
import { addCalendarDays, calendarDaysBetween, isValidCalendarDate, isoWeekdayOf } from '../../domain/rules/time.js';
import type { Prng } from './prng.js';

export const DEMO_START = '2025-01-06';
/** The latest hand-placed historical case lies before this date, so "today" may not be earlier. */
export const EARLIEST_TODAY = '2026-11-26';

/** Why `today` cannot anchor the demo, or null when it can. */
export function invalidToday(today: string): string | null {
  if (!isValidCalendarDate(today)) return `${today} is not a calendar date YYYY-MM-DD`;
  if (today < EARLIEST_TODAY) return `${today} lies before ${EARLIEST_TODAY}: the demo's historical cases (up to November 2026) would lie in its future`;
  return null;
}

/**
 * The latest instant a planned command may carry: the end of office hours on the day before
 * today, so that nothing is recorded later than the seeding itself.
 */
export const lastInstantFor = (today: string): string => at(addCalendarDays(today, -1), 17, 30);

/** An instant on `date` at hh:mm, Shanghai time. */
export function at(date: string, hour: number, minute = 0): string {
  return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`;
}

export const dateOf = (instant: string): string => instant.slice(0, 10);

export const addDays = addCalendarDays;

/** Saturday or Sunday moves to the following Monday (offices act on weekdays). */
export function weekday(date: string): string {
  const day = isoWeekdayOf(date);
  return day === 6 ? addCalendarDays(date, 2) : day === 7 ? addCalendarDays(date, 1) : date;
}

/** Saturday or Sunday moves back to the Friday before. */
export function weekdayOnOrBefore(date: string): string {
  const day = isoWeekdayOf(date);
  return day === 6 ? addCalendarDays(date, -1) : day === 7 ? addCalendarDays(date, -2) : date;
}

/** The weekday `days` (≥ 1) before `today`, or the Friday before it: always strictly before today. */
export const daysAgo = (today: string, days: number): string => weekdayOnOrBefore(addCalendarDays(today, -days));

/** A weekday between two dates (inclusive of `from`). */
export function randomDate(rng: Prng, from: string, to: string): string {
  return weekday(addCalendarDays(from, rng.int(0, Math.max(0, calendarDaysBetween(from, to)))));
}

/** An instant during office hours on `date`. */
export function officeHours(rng: Prng, date: string): string {
  return at(date, rng.int(8, 16), rng.int(0, 59));
}
