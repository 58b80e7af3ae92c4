/** Input checks shared by the agency's commands: each failure is a VALIDATION_FAILED naming the field. */
import { InvalidInputError } from '../kernel/domain-error.js';
import { isValidCalendarDate, isValidInstant, shanghaiDateOf } from '../rules/time.js';

export function requireText(value: string, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidInputError(field, 'REQUIRED', 'must be a non-empty text');
  }
  return value.trim();
}

export function requireDate(value: string, field: string): string {
  if (!isValidCalendarDate(value)) {
    throw new InvalidInputError(field, 'CALENDAR_DATE', `${JSON.stringify(value)} is not a real calendar date YYYY-MM-DD`);
  }
  return value;
}

export function requireInstant(value: string, field = 'now'): string {
  if (!isValidInstant(value)) {
    throw new InvalidInputError(field, 'INSTANT', `${JSON.stringify(value)} is not an ISO-8601 instant with an offset`);
  }
  return value;
}

/** A fact that has already happened cannot be dated after the Shanghai day the command is decided on. */
export function requireNotAfterToday(date: string, now: string, field: string): string {
  const today = shanghaiDateOf(now);
  if (requireDate(date, field) > today) {
    throw new InvalidInputError(field, 'DATE_IN_FUTURE', `${date} is after today (${today})`, { today });
  }
  return date;
}

export function requireNotBefore(date: string, earliest: string, field: string, what: string): string {
  if (date < earliest) {
    throw new InvalidInputError(field, 'DATE_TOO_EARLY', `${date} is before ${what} (${earliest})`, { earliest });
  }
  return date;
}

export function requireOneOf<T extends string>(value: string, allowed: readonly T[], field: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InvalidInputError(field, 'ONE_OF', `${JSON.stringify(value)} is not one of ${allowed.join(', ')}`, { allowed });
  }
  return value as T;
}
