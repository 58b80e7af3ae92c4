/**
 * A read model as a pure definition: which events it handles, which documents an event touches,
 * and how one document changes. The runner in src/ feeds it from the ordered log.
 */
export type ViewDoc = { [key: string]: unknown };

/** An event as a projection sees it: the domain event plus where and when it was recorded. */
export interface ProjectedEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: { readonly [key: string]: unknown };
  readonly stream: string;
  readonly revision: number;
  readonly position: number;
  readonly recordedAt: string;
  readonly actor: { readonly kind: string; readonly id: string; readonly department: string | null };
}

export interface DocKey {
  readonly collection: string;
  readonly id: string;
}

export interface CollectionDefinition {
  readonly name: string;
  /** The indexes the read API walks: a dotted field path, or a compound index as a list of them (each ends with id). */
  readonly indexes: readonly (string | readonly string[])[];
}

export interface ProjectionDefinition {
  readonly name: string;
  /** Bump to rebuild the view from the whole log (blue-green: the old view answers meanwhile). */
  readonly version: number;
  readonly handles: readonly string[];
  readonly collections: readonly CollectionDefinition[];
  /** The documents this event changes (may read nothing but the event). */
  keysFor(event: ProjectedEvent): readonly DocKey[];
  /** The document after the event; null deletes it. Never throws for a handled event. */
  evolve(doc: ViewDoc | null, event: ProjectedEvent, key: DocKey): ViewDoc | null;
}
