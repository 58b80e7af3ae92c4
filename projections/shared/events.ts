/**
 * How a projection reads the log's events as the domain typed them. The runner hands a projection
 * only the types in its `handles`, and the store validated each event's data against its schema on
 * append, so a cast is all that is needed; no view ever re-checks a rule.
 */
import type { AgencyEvent } from '../../domain/agency/events.js';
import { AGENCY_EVENT_CATALOGUE } from '../../domain/agency/events.js';
import type { DepartmentEvent } from '../../domain/department/events.js';
import type { SubjectEvent } from '../../domain/subject/events.js';
import { SUBJECT_EVENT_CATALOGUE } from '../../domain/subject/events.js';
import { isValidInstant, shanghaiDateOf } from '../../domain/rules/time.js';
import type { ProjectedEvent } from '../kernel/projection.js';

export const SUBJECT_EVENT_TYPES: readonly string[] = SUBJECT_EVENT_CATALOGUE.map((spec) => spec.type);
export const AGENCY_EVENT_TYPES: readonly string[] = AGENCY_EVENT_CATALOGUE.map((spec) => spec.type);

export function asSubjectEvent(event: ProjectedEvent): SubjectEvent {
  return { type: event.type, data: event.data } as unknown as SubjectEvent;
}

export function asAgencyEvent(event: ProjectedEvent): AgencyEvent {
  return { type: event.type, data: event.data } as unknown as AgencyEvent;
}

export function asDepartmentEvent(event: ProjectedEvent): DepartmentEvent {
  return { type: event.type, data: event.data } as unknown as DepartmentEvent;
}

const SUBJECT_STREAM_PREFIX = 'subject-';

/** The subject an event of a subject stream (`subject-<id>`) is about: most events do not repeat it in their data. */
export function subjectIdOf(event: ProjectedEvent): string {
  return event.stream.startsWith(SUBJECT_STREAM_PREFIX) ? event.stream.slice(SUBJECT_STREAM_PREFIX.length) : event.stream;
}

/** The id of one record's document: `<subjectId>:<kind>:<recordId>` (record ids need only be unique per subject). */
export function recordDocId(subjectId: string, kind: string, recordId: string): string {
  return `${subjectId}:${kind}:${recordId}`;
}

/** The Asia/Shanghai calendar year of an instant, or of the fallback instant when it is not one (evolve never throws). */
export function shanghaiYearOf(instant: unknown, fallback: string): string {
  const chosen = typeof instant === 'string' && isValidInstant(instant) ? instant : fallback;
  return isValidInstant(chosen) ? shanghaiDateOf(chosen).slice(0, 4) : chosen.slice(0, 4);
}

/** Replaces the entry with the same key, or appends it: applying an event twice leaves one entry. */
export function upsertBy<T, K extends keyof T>(list: readonly T[], key: K, entry: T): T[] {
  const index = list.findIndex((item) => item[key] === entry[key]);
  return index < 0 ? [...list, entry] : list.map((item, i) => (i === index ? entry : item));
}

/** Changes the entries with this key value; an unknown id changes nothing. */
export function patchBy<T, K extends keyof T>(list: readonly T[], key: K, value: T[K], change: (item: T) => T): T[] {
  return list.map((item) => (item[key] === value ? change(item) : item));
}
