/**
 * Checks on command input that every aggregate shares (subject, agency, department). Each takes the
 * field first, then the value; a failure is a VALIDATION_FAILED naming the field, the rule and the
 * article the caller serves: the same empty name is an A20 refusal in a filing and an A24 refusal in a
 * department rule.
 */
import { InvalidInputError } from '../kernel/domain-error.js';
import { isValidCalendarDate, isValidInstant, shanghaiDateOf } from './time.js';

/**
 * A non-blank string, trimmed. The subject's decisions report a blank text as TEXT_REQUIRED; the
 * agency and department decisions, older, as REQUIRED: clients read both codes, so each keeps its own.
 */
export function requireText(field: string, value: unknown, article?: string, rule: 'TEXT_REQUIRED' | 'REQUIRED' = 'TEXT_REQUIRED'): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidInputError(field, rule, 'a non-blank text is required', {}, article);
  }
  return value.trim();
}

/** A real calendar date `YYYY-MM-DD` (rule CALENDAR_DATE). */
export function requireDate(field: string, value: unknown, article?: string): string {
  if (typeof value !== 'string' || !isValidCalendarDate(value)) {
    throw new InvalidInputError(field, 'CALENDAR_DATE', `${JSON.stringify(value)} is not a real calendar date YYYY-MM-DD`, {}, article);
  }
  return value;
}

/** An ISO-8601 instant with an offset or Z (rule INSTANT), e.g. a command's `now`. */
export function requireInstant(field: string, value: string, article: string): string {
  if (!isValidInstant(value)) {
    throw new InvalidInputError(field, 'INSTANT', `${JSON.stringify(value)} is not an ISO-8601 instant with an offset`, {}, article);
  }
  return value;
}

/** A fact that has already happened cannot be dated after the Shanghai day the command is decided on. */
export function requireNotAfterToday(field: string, date: string, now: string, article: string): string {
  const today = shanghaiDateOf(now);
  if (requireDate(field, date, article) > today) {
    throw new InvalidInputError(field, 'DATE_IN_FUTURE', `${date} is after today (${today})`, { today }, article);
  }
  return date;
}

/** `what` names the earliest date in words, e.g. "the filing". */
export function requireNotBefore(field: string, date: string, earliest: string, what: string, article: string): string {
  if (date < earliest) {
    throw new InvalidInputError(field, 'DATE_TOO_EARLY', `${date} is before ${what} (${earliest})`, { earliest }, article);
  }
  return date;
}

export function requireOneOf<T extends string>(field: string, value: unknown, allowed: readonly T[], article?: string): T {
  const found = allowed.find((option) => option === value);
  if (found === undefined) {
    throw new InvalidInputError(field, 'ONE_OF', `${JSON.stringify(value)} is not one of ${allowed.join(', ')}`, { allowed }, article);
  }
  return found;
}

/** A non-empty list of distinct allowed values. */
export function requireDistinctSubset<T extends string>(field: string, values: readonly string[], allowed: readonly T[], article: string): T[] {
  if (!Array.isArray(values) || values.length === 0) {
    throw new InvalidInputError(field, 'REQUIRED', 'must list at least one value', {}, article);
  }
  if (new Set(values).size !== values.length) {
    throw new InvalidInputError(field, 'DISTINCT', `${JSON.stringify(values)} repeats a value`, {}, article);
  }
  return values.map((value) => requireOneOf(field, value, allowed, article));
}
