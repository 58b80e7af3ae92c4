/** Business time of the demo: instants in Asia/Shanghai between January 2025 and "today". */
import { addCalendarDays, calendarDaysBetween, isoWeekdayOf } from '../../domain/rules/time.js';
import type { Prng } from './prng.js';

/** The demo's "today": every command happens on or before it. */
export const DEMO_TODAY = '2026-11-26';
export const DEMO_START = '2025-01-06';
/** The latest instant any planned command may carry. */
export const DEMO_LAST_INSTANT = `${DEMO_TODAY}T17:30:00+08:00`;

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

/** A weekday between two dates (inclusive of `from`). */
export function randomDate(rng: Prng, from: string, to: string): string {
  return weekday(addCalendarDays(from, rng.int(0, Math.max(0, calendarDaysBetween(from, to)))));
}

/** An instant during office hours on `date`. */
export function officeHours(rng: Prng, date: string): string {
  return at(date, rng.int(8, 16), rng.int(0, 59));
}

/** Whether an instant lies on or before the demo's last instant (string order works: one offset). */
export const happened = (instant: string): boolean => instant <= DEMO_LAST_INSTANT;
