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
