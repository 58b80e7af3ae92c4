/** Checks shared by every capability's decisions: input shape, ids, the subject's existence. */
import { InvalidInputError } from '../../kernel/domain-error.js';
import { compareInstants, requireCalendarDate, shanghaiDateOf } from '../../rules/time.js';
import { RecordIdAlreadyUsedError, SubjectNotRegisteredError } from '../errors.js';
import { get } from '../evolve/maps.js';
import type { ById, Registration, SubjectState } from '../state.js';

/** A4: every record is about a registered subject. */
export function requireRegistered(state: SubjectState, command: string): Registration {
  if (state.registration === null) throw new SubjectNotRegisteredError(command);
  return state.registration;
}

/** A non-blank string, trimmed. */
export function requireText(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidInputError(field, 'TEXT_REQUIRED', 'a non-blank text is required');
  }
  return value.trim();
}

export function optionalText(field: string, value: unknown): string | null {
  return value === undefined || value === null || value === '' ? null : requireText(field, value);
}

export function requireTextList(field: string, value: unknown): readonly string[] {
  if (!Array.isArray(value)) throw new InvalidInputError(field, 'TEXT_LIST', 'a list of texts is required');
  return value.map((item, i) => requireText(`${field}[${i}]`, item));
}

export function requireBoolean(field: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw new InvalidInputError(field, 'BOOLEAN', 'true or false is required');
  return value;
}

export function requireOneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  const found = allowed.find((option) => option === value);
  if (found === undefined) {
    throw new InvalidInputError(field, 'ONE_OF', `${JSON.stringify(value)} is not one of ${allowed.join(', ')}`, { allowed });
  }
  return found;
}

/** Ids come from the caller; reusing one would overwrite a record. */
export function requireNewId<T>(map: ById<T>, id: unknown, what: string, field: string): string {
  const checked = requireText(field, id);
  if (get(map, checked) !== undefined) throw new RecordIdAlreadyUsedError(what, checked);
  return checked;
}

/** A date of something that already happened: not after the Shanghai date of `now`. */
export function requirePastDate(field: string, date: string, now: string): string {
  requireCalendarDate(date, field);
  const today = shanghaiDateOf(now);
  if (date > today) {
    throw new InvalidInputError(field, 'DATE_NOT_IN_FUTURE', `${date} lies after today (${today})`, { today });
  }
  return date;
}

export function isAfter(a: string, b: string): boolean {
  return compareInstants(a, b) > 0;
}
