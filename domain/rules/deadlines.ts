/**
 * Periods counted in working days (A11: the review result within 5 working days; objections
 * and repairs use the same count). Civil Code art. 201: the day of receipt is not counted.
 */
import { InvalidInputError } from '../kernel/domain-error.js';
import type { WorkingDayCalendar } from './calendar/working-day-calendar.js';
import { addCalendarDays, endOfShanghaiDay, requireInstant, shanghaiDateOf } from './time.js';

export interface Deadline {
  /** End of the Nth working day, `YYYY-MM-DDT23:59:59.999+08:00`. */
  readonly dueAt: string;
  readonly dueDate: string;
  /** Computed over a year whose State Council notice is not loaded, or over late-December dates before the next year's notice (docs/domain.md Time). */
  readonly provisional: boolean;
}

/** A11 uses 5. */
export const REVIEW_WORKING_DAYS = 5;

export function workingDayDeadline(calendar: WorkingDayCalendar, receivedAt: string, workingDays: number): Deadline {
  requireInstant(receivedAt, 'receivedAt');
  if (!Number.isSafeInteger(workingDays) || workingDays < 1) {
    throw new InvalidInputError('workingDays', 'WORKING_DAYS_POSITIVE', `${String(workingDays)} is not a positive whole number of working days`, {}, 'A11');
  }
  // Counting starts the day after receipt (Civil Code art. 201); a request received on a
  // non-working day therefore also starts on the next working day.
  let day = shanghaiDateOf(receivedAt);
  let provisional = false;
  for (let counted = 0; counted < workingDays; ) {
    day = addCalendarDays(day, 1);
    provisional ||= calendar.isProvisional(day);
    if (calendar.isWorkingDay(day)) counted += 1;
  }
  return { dueAt: endOfShanghaiDay(day), dueDate: day, provisional };
}

/**
 * A11 (and the objection deadlines): working days left until a deadline, counted as
 * `workingDayDeadline` counts them — each working day after today up to and including the due
 * day — so that `workingDayDeadline(calendar, now, n).dueAt` has `n` working days left on the day
 * it is set. 0 on the due day itself (and on days off just after it); negative once overdue: minus
 * the working days gone by after the due day, today included.
 */
export function workingDaysLeft(calendar: WorkingDayCalendar, now: string, dueAt: string): number {
  const today = shanghaiDateOf(requireInstant(now, 'now'));
  const dueDate = shanghaiDateOf(requireInstant(dueAt, 'dueAt'));
  const [from, to, sign] = today <= dueDate ? [today, dueDate, 1] : [dueDate, today, -1];
  let counted = 0;
  for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1)) {
    if (calendar.isWorkingDay(day)) counted += 1;
  }
  return sign * counted || 0;
}
