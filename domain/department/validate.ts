/** Input checks shared by the department's commands: each failure is a VALIDATION_FAILED naming the field. */
import { InvalidInputError } from '../kernel/domain-error.js';
import { isValidCalendarDate, isValidInstant } from '../rules/time.js';
import { MEASURE_IN_FORCE_FROM } from './rule-terms.js';

export function requireText(value: string, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidInputError(field, 'REQUIRED', 'must be a non-empty text');
  }
  return value.trim();
}

export function requireInstant(value: string, field = 'now'): string {
  if (!isValidInstant(value)) {
    throw new InvalidInputError(field, 'INSTANT', `${JSON.stringify(value)} is not an ISO-8601 instant with an offset`);
  }
  return value;
}

/** A31: a date in the life of the scheme cannot precede the measure's date of issue. */
export function requireSchemeDate(value: string, field: string): string {
  if (!isValidCalendarDate(value)) {
    throw new InvalidInputError(field, 'CALENDAR_DATE', `${JSON.stringify(value)} is not a real calendar date YYYY-MM-DD`);
  }
  if (value < MEASURE_IN_FORCE_FROM) {
    throw new InvalidInputError(field, 'BEFORE_MEASURE', `${value} is before the measure took effect on ${MEASURE_IN_FORCE_FROM} (A31)`);
  }
  return value;
}

export function requireOneOf<T extends string>(value: string, allowed: readonly T[], field: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InvalidInputError(field, 'ONE_OF', `${JSON.stringify(value)} is not one of ${allowed.join(', ')}`, { allowed });
  }
  return value as T;
}

/** A non-empty list of distinct allowed values. */
export function requireDistinctSubset<T extends string>(values: readonly string[], allowed: readonly T[], field: string): T[] {
  if (!Array.isArray(values) || values.length === 0) {
    throw new InvalidInputError(field, 'REQUIRED', 'must list at least one value');
  }
  if (new Set(values).size !== values.length) {
    throw new InvalidInputError(field, 'DISTINCT', `${JSON.stringify(values)} repeats a value`);
  }
  return values.map((value) => requireOneOf(value, allowed, field));
}
