import type { JsonObject } from '../shared/json.js';

/** The expected state of a stream before an append (optimistic concurrency). */
export type ExpectedRevision = number | 'no_stream' | 'stream_exists' | 'any';

export const ACTOR_KINDS = [
  'system', 'operator', 'public', 'subject', 'department', 'center', 'credit-office', 'agency', 'bank', 'organisation', 'auditor',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Who acted: always from the verified request context, never from a request body. */
export interface Actor {
  readonly kind: ActorKind;
  readonly id: string;
  readonly department: string | null;
  /**
   * The user (the token's `sub`) who acted, where the actor acts under another id — a subject, an
   * agency or a bank — and the two differ: the audit trail names the person, `id` the party.
   */
  readonly user?: string;
}

/** What the command that produced the events says about itself. */
export interface CommandMetadata {
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly actor: Actor;
  /** The command's name, for "why" in the auditor's history. */
  readonly commandType?: string;
}

/** Metadata as stored: the command's, plus what the store stamps inside the write transaction. */
export interface StoredMetadata extends CommandMetadata {
  readonly idempotencyKey: string | null;
  /** ISO instant in Asia/Shanghai (`+08:00`), never earlier than the previous event's. */
  readonly recordedAt: string;
  readonly prevHash: string;
  readonly hash: string;
}

export interface NewEvent {
  readonly type: string;
  readonly data: JsonObject;
  /** Defaults to the type's current schema version in the registry. */
  readonly schemaVersion?: number;
  /** Defaults to a random uuid; adapters may derive it (e.g. from an idempotency key). */
  readonly eventId?: string;
}

export interface StoredEvent<Data extends JsonObject = JsonObject> {
  readonly eventId: string;
  readonly stream: string;
  /** 0-based, per stream. */
  readonly revision: number;
  /** 1-based, global, strictly increasing (gap-free on SQLite). */
  readonly position: number;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: Data;
  readonly metadata: StoredMetadata;
}

export interface IdempotencyRequest {
  readonly key: string;
  /** A digest of the request content: the same key with another fingerprint is a conflict. */
  readonly fingerprint: string;
}

export interface AppendRequest {
  readonly stream: string;
  readonly events: readonly NewEvent[];
  readonly expected: ExpectedRevision;
  readonly metadata: CommandMetadata;
  readonly idempotency?: IdempotencyRequest;
}

export interface AppendResult {
  readonly stream: string;
  /** The stream's revision after the append (-1 when it is still empty). */
  readonly revision: number;
  /** The global position of the last event written (the log head at the time for an empty append). */
  readonly position: number;
  readonly events: readonly StoredEvent[];
  /** True when an idempotency key matched an earlier append: nothing new was written. */
  readonly replayed: boolean;
}

export interface ReadStreamOptions {
  readonly fromRevision?: number;
  readonly toRevision?: number;
  /** Auditor time-travel: only events recorded at or before this instant. */
  readonly asOf?: string;
}

export interface VerifyReport {
  readonly ok: boolean;
  readonly checkedEvents: number;
  readonly checkedStreams: number;
  readonly firstBroken: null | {
    readonly stream: string;
    readonly revision: number;
    readonly position: number;
    /**
     * position-gap: `stream` is the stream whose revisions have the hole ('' when no stream shows it: its
     * newest event was removed and its head rewritten). The last three (issue 13) come from the Merkle
     * tree of an engine that keeps one: an event's recomputed leaf differs from the stored one, the tree
     * and the log disagree in size, the tree's root differs from the latest signed head's.
     */
    readonly reason: 'hash-mismatch' | 'prev-hash-mismatch' | 'revision-gap' | 'position-gap' | 'recorded-at-mismatch' | 'stream-head-mismatch'
      | 'leaf-mismatch' | 'tree-size-mismatch' | 'signed-head-mismatch';
  };
}

/** A catch-up-then-live feed of the global log, in batches; `close()` ends it. */
export interface LogSubscription extends AsyncIterable<readonly StoredEvent[]> {
  close(): void;
}

/** The event store port. Every adapter passes test/contract/event-store.contract.ts. */
export interface EventStore {
  append(request: AppendRequest): Promise<AppendResult>;
  /** The earlier result for an idempotency key, or null; checked before a command is decided. */
  lookupIdempotencyKey(key: string): Promise<{ fingerprint: string; result: AppendResult } | null>;
  readStream(stream: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;
  /** Events with position > `after`, in global order. */
  readAll(after: number, limit: number): Promise<StoredEvent[]>;
  subscribe(after: number, options?: { batchSize?: number }): LogSubscription;
  headPosition(): Promise<number>;
  /**
   * The head read from the log itself, past any value kept in memory (EventStoreDB: one backwards
   * scan of $all). For the rare caller that finds a position beyond `headPosition()` and must know
   * whether it exists (X-Min-Position); engines whose `headPosition()` always reads the log need not offer it.
   */
  freshHeadPosition?(): Promise<number>;
  /**
   * How many events lie after `position`, counting no further than `atMost`. Only for engines whose
   * positions are not dense (EventStoreDB: $all byte offsets), so that lag is an event count there
   * too; without it, lag is `headPosition() - position` (SQLite: 1, 2, 3…).
   */
  countAfter?(position: number, atMost: number): Promise<number>;
  verify(stream?: string): Promise<VerifyReport>;
  /**
   * Called after appends made through this instance commit, for readers elsewhere in the process
   * (the projection thread) that cannot see this instance's wake-ups. Engines that push live
   * events to every reader by themselves (EventStoreDB) need not offer it.
   */
  onAppended?(listener: () => void): () => void;
  /**
   * A stable id of this log, made when it is first asked for (issue 14 item 5): views record the id
   * of the log they were built from, so views of another log (a migration, a reset server) are refused.
   */
  logIdentity?(): Promise<string>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EventStore');
