/**
 * Small checks on command input that several aggregates share (agency, department). Each
 * failure is a VALIDATION_FAILED naming the field, the rule and the article the caller serves:
 * the same empty name is an A20 refusal in a filing and an A24 refusal in a department rule.
 */
import { InvalidInputError } from '../kernel/domain-error.js';
import { isValidCalendarDate, isValidInstant, shanghaiDateOf } from './time.js';

export function requireText(value: string, field: string, article: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidInputError(field, 'REQUIRED', 'must be a non-empty text', {}, article);
  }
  return value.trim();
}

/** A real calendar date `YYYY-MM-DD` (rule CALENDAR_DATE). */
export function requireDate(value: string, field: string, article: string): string {
  if (!isValidCalendarDate(value)) {
    throw new InvalidInputError(field, 'CALENDAR_DATE', `${JSON.stringify(value)} is not a real calendar date YYYY-MM-DD`, {}, article);
  }
  return value;
}

/** An ISO-8601 instant with an offset or Z (rule INSTANT), e.g. a command's `now`. */
export function requireInstant(value: string, field: string, article: string): string {
  if (!isValidInstant(value)) {
    throw new InvalidInputError(field, 'INSTANT', `${JSON.stringify(value)} is not an ISO-8601 instant with an offset`, {}, article);
  }
  return value;
}

/** A fact that has already happened cannot be dated after the Shanghai day the command is decided on. */
export function requireNotAfterToday(date: string, now: string, field: string, article: string): string {
  const today = shanghaiDateOf(now);
  if (requireDate(date, field, article) > today) {
    throw new InvalidInputError(field, 'DATE_IN_FUTURE', `${date} is after today (${today})`, { today }, article);
  }
  return date;
}

/** `what` names the earliest date in words, e.g. "the filing". */
export function requireNotBefore(date: string, earliest: string, field: string, what: string, article: string): string {
  if (date < earliest) {
    throw new InvalidInputError(field, 'DATE_TOO_EARLY', `${date} is before ${what} (${earliest})`, { earliest }, article);
  }
  return date;
}

export function requireOneOf<T extends string>(value: string, allowed: readonly T[], field: string, article: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InvalidInputError(field, 'ONE_OF', `${JSON.stringify(value)} is not one of ${allowed.join(', ')}`, { allowed }, article);
  }
  return value as T;
}

/** A non-empty list of distinct allowed values. */
export function requireDistinctSubset<T extends string>(values: readonly string[], allowed: readonly T[], field: string, article: string): T[] {
  if (!Array.isArray(values) || values.length === 0) {
    throw new InvalidInputError(field, 'REQUIRED', 'must list at least one value', {}, article);
  }
  if (new Set(values).size !== values.length) {
    throw new InvalidInputError(field, 'DISTINCT', `${JSON.stringify(values)} repeats a value`, {}, article);
  }
  return values.map((value) => requireOneOf(value, allowed, field, article));
}
