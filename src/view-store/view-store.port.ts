import type { JsonObject } from '../shared/json.js';

export type IndexedValue = string | number | boolean | null;

/** Equality (a bare value) or a range/set condition on one declared indexed field. */
export type FieldCondition =
  | IndexedValue
  | { readonly eq?: IndexedValue; readonly ne?: IndexedValue; readonly gt?: IndexedValue; readonly gte?: IndexedValue; readonly lt?: IndexedValue; readonly lte?: IndexedValue; readonly in?: readonly IndexedValue[] };

export interface ViewQuery {
  /** Dotted field paths, each declared in the collection's indexes (or `id`). */
  readonly filter?: Readonly<Record<string, FieldCondition>>;
  /** Ties are broken by id; a missing value sorts first ascending, last descending. */
  readonly sort?: { readonly field: string; readonly direction: 'asc' | 'desc' };
  readonly limit?: number;
  /** The `nextCursor` of the previous page. */
  readonly cursor?: string | null;
}

export interface ViewPage {
  readonly items: JsonObject[];
  readonly nextCursor: string | null;
}

/**
 * One declared index: a dotted field path (`'dueAt'`), or a compound index (`['status', 'dueAt']`),
 * which may also be written with commas (`'status,dueAt'`) where a declaration must be a string.
 * Every index ends with `id`, so a filter on its leading fields sorted by the next one walks it in
 * order, and a keyset cursor is a range on it (see index-declarations.ts).
 */
export type IndexDeclaration = string | readonly string[];

export interface CollectionSpec {
  readonly name: string;
  /** The indexes; each field named in one may be filtered and sorted on. */
  readonly indexes: readonly IndexDeclaration[];
  /**
   * Leave the indexes for `buildIndexes`: a collection filled from empty (a rebuild) is written
   * several times faster without them, and one sorted build at the end is cheap. Queries still
   * answer meanwhile (without an index). An adapter may ignore this and build them at once.
   */
  readonly deferIndexes?: boolean;
}

/** A document write (doc) or delete (null), keyed by collection and id. */
export interface ViewChange {
  readonly collection: string;
  readonly id: string;
  readonly doc: JsonObject | null;
}

export interface ViewCheckpoint {
  readonly name: string;
  readonly position: number;
}

/**
 * Everything a projection batch writes, applied atomically: view changes, checkpoints, metadata.
 * `checkpoints` lets several projections fed by one read of the log commit together.
 */
export interface ViewCommit {
  readonly changes: readonly ViewChange[];
  readonly checkpoint?: ViewCheckpoint;
  readonly checkpoints?: readonly ViewCheckpoint[];
  readonly meta?: Readonly<Record<string, JsonObject | null>>;
}

/** The view store port. Every adapter passes test/contract/view-store.contract.ts. */
export interface ViewStore {
  ensureCollection(spec: CollectionSpec): Promise<void>;
  dropCollection(name: string): Promise<void>;
  /** Builds the declared indexes a deferred `ensureCollection` left out; does nothing when they exist. */
  buildIndexes(name: string): Promise<void>;
  get(collection: string, id: string): Promise<JsonObject | null>;
  getMany(collection: string, ids: readonly string[]): Promise<Map<string, JsonObject>>;
  find(collection: string, query?: ViewQuery): Promise<ViewPage>;
  count(collection: string, filter?: ViewQuery['filter']): Promise<number>;
  /** The last position applied under this checkpoint name; 0 when none. */
  readCheckpoint(name: string): Promise<number>;
  readMeta(key: string): Promise<JsonObject | null>;
  /** All or nothing: after a crash a batch is either wholly applied (with its checkpoint) or not at all. */
  commit(commit: ViewCommit): Promise<void>;
  close(): Promise<void>;
}

export const VIEW_STORE = Symbol('ViewStore');

/** The checkpoints a commit moves, whichever of the two fields carried them. */
export function checkpointsOf(commit: ViewCommit): readonly ViewCheckpoint[] {
  return commit.checkpoint ? [commit.checkpoint, ...(commit.checkpoints ?? [])] : (commit.checkpoints ?? []);
}

export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 50;
