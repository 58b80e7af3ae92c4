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
  /**
   * The `_position` of the stored document this change was computed from (null: there was none).
   * MongoDB writes the change only if the document is still that one, checked inside the commit's
   * transaction (STALE_VIEW_DOCUMENT otherwise, issue 14 item 4): documents read before the
   * transaction cannot carry a lost update in. SQLite's write lock and the fences make it moot there.
   */
  readonly expectedPosition?: number | null;
  /**
   * Write only if no document has this id yet: one already there refuses the whole commit
   * (STALE_VIEW_DOCUMENT), checked in the commit's transaction on every adapter (SQLite too), so two
   * writers at once cannot replace each other's document (a signed head is created once, issue 13/14).
   */
  readonly createOnly?: boolean;
}

/**
 * A fencing token: the epoch of the lease a writer believes it holds. A commit carrying one is
 * refused (LeaseLost) unless the lease still has that epoch, checked in the commit's own transaction.
 */
export interface Fence {
  readonly lease: string;
  readonly epoch: number;
}

export interface ViewCheckpoint {
  readonly name: string;
  readonly position: number;
  /**
   * With a fence the checkpoint write is a compare-and-set on (position, epoch): refused when the
   * lease has moved on (LeaseLost) or when the stored position is already further (CheckpointBehind);
   * the epoch is stored with it. Without one it is written as given (single-instance, resets).
   */
  readonly fence?: Fence;
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
  /** Leases the whole commit needs (e.g. a generation swap's metadata): each checked like a checkpoint's fence. */
  readonly fences?: readonly Fence[];
}

/**
 * A lease on a piece of work shared by instances (a projection, the ledger's head signer). `epoch`
 * grows by one at every acquisition: it is the fencing token the holder's writes carry.
 */
export interface Lease {
  readonly name: string;
  readonly holder: string;
  readonly epoch: number;
  readonly expiresAtMs: number;
}

export interface LeaseRequest {
  readonly name: string;
  /** The instance asking (INSTANCE_ID, default host:pid). */
  readonly holder: string;
  readonly ttlMs: number;
  /** The caller's clock (injected: tests move it); expiry compares against it. */
  readonly nowMs: number;
  /**
   * Take the lease even while another holder's is unexpired (a new epoch fences it off): only where
   * no other instance can exist (INSTANCES=exclusive, SQLite views under the DATA_DIR lock), so a
   * restart after kill -9 need not wait out the dead process's lease.
   */
  readonly takeOver?: boolean;
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
  /**
   * All or nothing: after a crash a batch is either wholly applied (with its checkpoint) or not at all.
   * Fenced checkpoints and `fences` are checked in the same transaction (LeaseLost, CheckpointBehind).
   */
  commit(commit: ViewCommit): Promise<void>;
  /** Takes the lease if it is free, expired, released or already this holder's (a new epoch each time); null when another holds it. */
  acquireLease(request: LeaseRequest): Promise<Lease | null>;
  /** Extends a lease still at this epoch (expired or not: nobody took it meanwhile); null once it has moved on. */
  renewLease(lease: Lease, ttlMs: number, nowMs: number): Promise<Lease | null>;
  /** Lets the lease go at once (it keeps its epoch; the next holder gets epoch + 1). */
  releaseLease(lease: Lease): Promise<void>;
  /** Every lease as stored (health: who holds what). */
  leases(): Promise<Lease[]>;
  close(): Promise<void>;
}

export const VIEW_STORE = Symbol('ViewStore');

/** The checkpoints a commit moves, whichever of the two fields carried them. */
export function checkpointsOf(commit: ViewCommit): readonly ViewCheckpoint[] {
  return commit.checkpoint ? [commit.checkpoint, ...(commit.checkpoints ?? [])] : (commit.checkpoints ?? []);
}

export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 50;
