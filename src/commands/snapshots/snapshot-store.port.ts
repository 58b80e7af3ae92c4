/**
 * A folded state persisted every SNAPSHOT_EVERY events, so that loading a long stream reads only
 * the events after it. A cache, never a record: the log stays the only truth, and a snapshot that
 * does not match it (another state version, a revision or hash the log does not have, unreadable
 * parts) is ignored and the stream folded from its events instead.
 */
export interface Snapshot {
  readonly stream: string;
  /** The decider's StateSchema (domain/kernel/decider.ts): a snapshot of another name or version is never used. */
  readonly stateName: string;
  readonly stateVersion: number;
  /** The last event folded into it. */
  readonly revision: number;
  readonly position: number;
  readonly recordedAt: string;
  readonly recordedAtMs: number;
  /** That event's hash: checked against the log before the snapshot is used. */
  readonly eventHash: string;
  /** The state as JSON text in parts (snapshot-codec.ts), so that neither writing nor reading it holds the event loop for long. */
  readonly parts: readonly string[];
}

/** Only a snapshot at or before these bounds is wanted (a past revision or instant). */
export interface SnapshotBound {
  readonly maxRevision?: number;
  readonly maxRecordedAtMs?: number;
}

/** The snapshot store port. Every adapter passes test/contract/snapshot-store.contract.ts. */
export interface SnapshotStore {
  /** Replaces the stream's snapshot under this state name (one per stream and name: the newest taken). */
  save(snapshot: Snapshot): Promise<void>;
  /** The stream's snapshot under this name and version, or null (none, another version, or past the bound). */
  read(stream: string, stateName: string, stateVersion: number, bound?: SnapshotBound): Promise<Snapshot | null>;
  close(): Promise<void>;
}

export const SNAPSHOT_STORE = Symbol('SnapshotStore');

/** Within a bound? Shared by the adapters so they answer alike. */
export function withinBound(snapshot: Pick<Snapshot, 'revision' | 'recordedAtMs'>, bound: SnapshotBound = {}): boolean {
  return (bound.maxRevision === undefined || snapshot.revision <= bound.maxRevision) && (bound.maxRecordedAtMs === undefined || snapshot.recordedAtMs <= bound.maxRecordedAtMs);
}
