import type { JsonValue } from './event.js';

/**
 * What auditors read next to the log: for every stored event type, its current schema version,
 * the articles of the measure it serves and a short description of each field.
 * `docs/events.md` is generated from these entries (and a test fails when it is stale).
 */
export interface EventSpec {
  readonly type: string;
  readonly schemaVersion: number;
  /** Articles of the measure (A1–A31) and/or other sources in `shared/domain/docs/domain.md`. */
  readonly articles: readonly string[];
  readonly description: string;
  /** field name → `type — meaning`; optional fields end their type with `?`. */
  readonly fields: Readonly<Record<string, string>>;
}

export type EventCatalogue = readonly EventSpec[];

/** An event's `data` as the log holds it: JSON only (no `undefined`). */
export type StoredEventData = { readonly [key: string]: JsonValue };

/**
 * One step of an event's history: a shape stored at `fromVersion` read in the shape of
 * `fromVersion + 1`. A pure function of the stored data with fixed defaults: the log is never
 * rewritten (the hash chain covers the bytes as stored), the upcast is how readers see them.
 */
export interface EventUpcaster {
  readonly type: string;
  readonly fromVersion: number;
  /** The stored schema: the fields every event stored at `fromVersion` carries (one missing is refused on read, never guessed). */
  readonly storedFields: readonly string[];
  /** field → how an event stored at `fromVersion` without it is read, and why (its article). */
  readonly reads: Readonly<Record<string, string>>;
  readonly upcast: (data: StoredEventData) => StoredEventData;
}
