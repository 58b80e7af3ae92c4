/**
 * Checks shared by every capability's decisions: input shape, ids, the subject's existence.
 * Each takes the article (or standard) the checked value serves, so a refusal names it.
 */
import { InvalidInputError } from '../../kernel/domain-error.js';
import { requirePastSchemeDate } from '../../rules/business-dates.js';
import { requireDate, requireText } from '../../rules/input-checks.js';
import { compareInstants } from '../../rules/time.js';
import { CommandPrecedesRecordError, RecordIdAlreadyUsedError, SubjectNotRegisteredError } from '../errors.js';
import { get } from '../evolve/maps.js';
import type { ById, Registration, SubjectState } from '../state.js';

/** A4: every record is about a registered subject. */
export function requireRegistered(state: SubjectState, command: string): Registration {
  if (state.registration === null) throw new SubjectNotRegisteredError(command);
  return state.registration;
}

/** A plain object (not null, not a list): malformed input is refused before any field of it is read. */
export function requireObject<T extends object>(field: string, value: T | null | undefined, article?: string): T {
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidInputError(field, 'OBJECT_REQUIRED', 'an object is required', {}, article);
  }
  return value;
}

/** A command decided at `now` acts on a record made at `recordAt`: it cannot come before it. */
export function requireNotBeforeRecord(command: string, record: string, recordAt: string, now: string, article: string): void {
  if (compareInstants(now, recordAt) < 0) throw new CommandPrecedesRecordError(command, record, recordAt, now, article);
}

export function optionalText(field: string, value: unknown, article?: string): string | null {
  return value === undefined || value === null || value === '' ? null : requireText(field, value, article);
}

export function requireTextList(field: string, value: unknown, article?: string): readonly string[] {
  if (!Array.isArray(value)) throw new InvalidInputError(field, 'TEXT_LIST', 'a list of texts is required', {}, article);
  return value.map((item, i) => requireText(`${field}[${i}]`, item, article));
}

export function requireBoolean(field: string, value: unknown, article?: string): boolean {
  if (typeof value !== 'boolean') throw new InvalidInputError(field, 'BOOLEAN', 'true or false is required', {}, article);
  return value;
}

/** Ids come from the caller; reusing one would overwrite a record. */
export function requireNewId<T>(map: ById<T>, id: unknown, what: string, field: string, article: string): string {
  const checked = requireText(field, id, article);
  if (get(map, checked) !== undefined) throw new RecordIdAlreadyUsedError(what, checked, article);
  return checked;
}

/** A date of something that already happened under the measure: not before A31's date, not after the Shanghai date of `now`. */
export function requirePastDate(field: string, date: unknown, now: string, article: string): string {
  return requirePastSchemeDate(requireDate(field, date, article), field, now, article);
}

/**
 * docs/domain.md "Departments change over time": pending matters follow the successor from the
 * effective date. The successors of `expected` are looked up by the application layer.
 */
export function isDepartmentOrSuccessor(expected: string, actual: string, successors: readonly string[] | undefined): boolean {
  return actual === expected || (Array.isArray(successors) && successors.includes(actual));
}

export function isAfter(a: string, b: string): boolean {
  return compareInstants(a, b) > 0;
}
