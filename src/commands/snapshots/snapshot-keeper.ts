import type { Decider, StateSchema } from '../../../domain/kernel/decider.js';
import type { LoadedState } from '../loaded-state.js';
import { parseInstantMs } from '../../shared/clock.js';
import { decodeState, encodeState } from './snapshot-codec.js';
import type { SnapshotBound, SnapshotStore } from './snapshot-store.port.js';

export interface SnapshotKeeperOptions {
  /** SNAPSHOT_EVERY: a snapshot once a stream is this many events past its last one; 0: none. */
  readonly every: number;
  /** Told of a snapshot that could not be read or written: the command goes on regardless. */
  readonly onError?: (what: 'read' | 'write', stream: string, error: unknown) => void;
}

/**
 * Takes and restores persisted snapshots for deciders that name their state (`stateSchema`). A
 * snapshot is a cache: whatever goes wrong with one — missing, another version, unreadable, not of
 * this log (checked by the loader against the event's hash) — the stream is folded from its events,
 * and a failed write never fails the command that triggered it.
 */
export class SnapshotKeeper {
  private readonly writing = new Set<string>();
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly store: SnapshotStore | null, private readonly options: SnapshotKeeperOptions) {}

  private schemaOf<C, E, S>(decider: Decider<C, E, S>): StateSchema | null {
    return this.store !== null && this.options.every > 0 ? (decider.stateSchema ?? null) : null;
  }

  /** The newest usable snapshot at or before the bound, decoded; null when there is none to trust. */
  async restore<C, E, S>(decider: Decider<C, E, S>, stream: string, bound?: SnapshotBound): Promise<LoadedState<S> | null> {
    const schema = this.schemaOf(decider);
    if (schema === null || this.store === null) return null;
    try {
      const snapshot = await this.store.read(stream, schema.name, schema.version, bound);
      if (snapshot === null || snapshot.stateVersion !== schema.version || snapshot.stateName !== schema.name || snapshot.stream !== stream) return null;
      const state = (await decodeState(snapshot.parts)) as S;
      const last = { position: snapshot.position, recordedAt: snapshot.recordedAt, hash: snapshot.eventHash };
      return { state, revision: snapshot.revision, last, snapshotAt: snapshot.revision };
    } catch (error) {
      this.options.onError?.('read', stream, error);
      return null;
    }
  }

  /** A snapshot is due once the stream has SNAPSHOT_EVERY events past its last one. */
  isDue<C, E, S>(decider: Decider<C, E, S>, loaded: LoadedState<S>): boolean {
    return this.schemaOf(decider) !== null && loaded.last !== null && loaded.revision - loaded.snapshotAt >= this.options.every;
  }

  /**
   * Writes the snapshot after the caller has its answer (not awaited by commands); one write per
   * stream at a time. Resolves when done, never rejects.
   */
  save<C, E, S>(decider: Decider<C, E, S>, stream: string, loaded: LoadedState<S>): Promise<void> {
    const writing = this.write(decider, stream, loaded);
    this.pending.add(writing);
    void writing.finally(() => this.pending.delete(writing));
    return writing;
  }

  /** Resolves once the writes under way are done (before the store closes, and in tests). */
  async flushed(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private async write<C, E, S>(decider: Decider<C, E, S>, stream: string, loaded: LoadedState<S>): Promise<void> {
    const schema = this.schemaOf(decider);
    const key = `${schema?.name}:${stream}`;
    if (schema === null || this.store === null || loaded.last === null || this.writing.has(key)) return;
    this.writing.add(key);
    try {
      const parts = await encodeState(loaded.state);
      const { position, recordedAt, hash } = loaded.last;
      await this.store.save({
        stream, stateName: schema.name, stateVersion: schema.version, revision: loaded.revision, position, recordedAt,
        recordedAtMs: parseInstantMs(recordedAt) ?? 0, eventHash: hash, parts,
      });
    } catch (error) {
      this.options.onError?.('write', stream, error);
    } finally {
      this.writing.delete(key);
    }
  }
}
