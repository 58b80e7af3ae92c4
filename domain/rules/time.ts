/**
 * Dates and instants as the law reads them: business dates are Asia/Shanghai calendar dates
 * (`YYYY-MM-DD`), instants are ISO-8601 strings with an explicit offset. Pure: no clock here.
 */
import { DateTime } from 'luxon';
import { InvalidInputError } from '../kernel/domain-error.js';

export const ZONE = 'Asia/Shanghai';

/** The rule source cited when a date or an instant is malformed (docs/domain.md, section "Time"). */
export const TIME_RULE = 'docs/domain.md Time';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
// An instant must say where it is on the time line: a bare local time is refused.
const INSTANT_SHAPE = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;

// Calendar arithmetic runs in UTC so that no zone rule can shift a date.
function calendarDay(date: string): DateTime {
  return DateTime.fromISO(date, { zone: 'utc' });
}

function instantOf(instant: string): DateTime {
  return DateTime.fromISO(instant, { setZone: true });
}

/** Whether `YYYY-MM-DD…` names a real day (leap years included), without building a date object: projections call this per event. */
function isRealDay(text: string): boolean {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

export function isValidCalendarDate(date: string): boolean {
  return typeof date === 'string' && DATE_SHAPE.test(date) && isRealDay(date);
}

export function isValidInstant(instant: string): boolean {
  return typeof instant === 'string' && INSTANT_SHAPE.test(instant) && isRealDay(instant);
}

// China has kept +08:00 all year since 1992: an instant written at +08:00 from then on carries its Shanghai date.
const SHANGHAI_OFFSET_SUFFIX = '+08:00';
const FIRST_YEAR_WITHOUT_DST = 1992;

export function requireCalendarDate(date: string, field = 'date'): string {
  if (!isValidCalendarDate(date)) {
    throw new InvalidInputError(field, 'CALENDAR_DATE', `${JSON.stringify(date)} is not a real calendar date YYYY-MM-DD`, {}, TIME_RULE);
  }
  return date;
}

export function requireInstant(instant: string, field = 'instant'): string {
  if (!isValidInstant(instant)) {
    throw new InvalidInputError(field, 'INSTANT', `${JSON.stringify(instant)} is not an ISO-8601 instant with an offset or Z`, {}, TIME_RULE);
  }
  return instant;
}

/** The Asia/Shanghai calendar date of an instant (`2026-03-05T17:30:00Z` → `2026-03-06`). */
export function shanghaiDateOf(instant: string): string {
  requireInstant(instant);
  if (instant.endsWith(SHANGHAI_OFFSET_SUFFIX) && Number(instant.slice(0, 4)) >= FIRST_YEAR_WITHOUT_DST) return instant.slice(0, 10);
  return instantOf(instant).setZone(ZONE).toISODate() as string;
}

/** `YYYY-MM-DDT23:59:59.999+08:00`: the last instant of a Shanghai business day. */
export function endOfShanghaiDay(date: string): string {
  requireCalendarDate(date);
  if (Number(date.slice(0, 4)) >= FIRST_YEAR_WITHOUT_DST) return `${date}T23:59:59.999${SHANGHAI_OFFSET_SUFFIX}`;
  return DateTime.fromISO(date, { zone: ZONE }).endOf('day').toISO() as string;
}

/** `YYYY-MM-DDT00:00:00.000+08:00`: the first instant of a Shanghai business day. */
export function startOfShanghaiDay(date: string): string {
  requireCalendarDate(date);
  if (Number(date.slice(0, 4)) >= FIRST_YEAR_WITHOUT_DST) return `${date}T00:00:00.000${SHANGHAI_OFFSET_SUFFIX}`;
  return DateTime.fromISO(date, { zone: ZONE }).startOf('day').toISO() as string;
}

/** Negative, zero or positive as `a` is before, at or after `b` on the time line (offsets compared, not text). */
export function compareInstants(a: string, b: string): number {
  requireInstant(a, 'a');
  requireInstant(b, 'b');
  // Same length and same offset: the same layout (seconds and fraction are optional only in that
  // order), so the text sorts as the time line does. Rules compare thousands of such pairs per command.
  if (a.length === b.length && a.slice(-6) === b.slice(-6) && a.endsWith(SHANGHAI_OFFSET_SUFFIX)) return a < b ? -1 : a > b ? 1 : 0;
  return instantOf(a).toMillis() - instantOf(b).toMillis();
}

/** Same day-of-month `months` later, clamped to the month's last day (2024-02-29 + 12 → 2025-02-28). */
export function addCalendarMonths(date: string, months: number): string {
  requireInteger(months, 'months');
  // luxon clamps to the end of a shorter month, which is exactly the Civil Code reading.
  return calendarDay(requireCalendarDate(date)).plus({ months }).toISODate() as string;
}

export function addCalendarDays(date: string, days: number): string {
  requireInteger(days, 'days');
  return calendarDay(requireCalendarDate(date)).plus({ days }).toISODate() as string;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  const start = calendarDay(requireCalendarDate(from, 'from'));
  return Math.round(calendarDay(requireCalendarDate(to, 'to')).diff(start, 'days').days);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekdayOf(date: string): number {
  return calendarDay(requireCalendarDate(date)).weekday;
}

function requireInteger(value: number, field: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new InvalidInputError(field, 'INTEGER', `${String(value)} is not an integer`, {}, TIME_RULE);
  }
}
