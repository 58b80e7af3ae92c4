/**
 * A domain event as stored: a past-tense `type` that never changes once stored, and `data`
 * holding only primitives, arrays and plain objects (ISO strings for dates and instants).
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };
export type EventData = { readonly [key: string]: JsonValue | undefined };

export interface DomainEvent<Type extends string = string, Data extends EventData = EventData> {
  readonly type: Type;
  readonly data: Data;
}

/** What every command carries besides its own fields: the instant it is decided at (never read from a clock here). */
export interface CommandContext {
  /** ISO-8601 instant with offset, e.g. `2026-03-06T09:30:00+08:00`. */
  readonly now: string;
}
