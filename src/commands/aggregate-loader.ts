import { Inject, Injectable, Optional } from '@nestjs/common';
import { foldFrom, type Decider } from '../../domain/kernel/decider.js';
import type { DomainEvent } from '../../domain/kernel/event.js';
import { EVENT_STORE, type AppendResult, type EventStore } from '../event-store/event-store.port.js';
import { parseInstantMs } from '../shared/clock.js';
import { SnapshotKeeper } from './snapshots/snapshot-keeper.js';
import { emptyStream, foldedUpTo, toDomainEvent, type LoadedState } from './loaded-state.js';
import { readAndFold, resumeFromSnapshot, type FoldBound } from './read-and-fold.js';
import { StateCache } from './state-cache.js';

/** A past point of a stream: a revision, or an instant (the events recorded at or before it). */
export type PastPoint = { readonly revision: number } | { readonly asOf: string };

const anonymousDeciders = new WeakMap<object, string>();
let anonymousCount = 0;

/** The cache key of a stream's latest state: the decider's state schema (or, without one, in tests, its identity) and the stream. */
function streamKey<C, E, S>(decider: Decider<C, E, S>, stream: string): string {
  return `${deciderKey(decider)}\u0000${stream}`;
}

function deciderKey<C, E, S>(decider: Decider<C, E, S>): string {
  if (decider.stateSchema) return `${decider.stateSchema.name}@${decider.stateSchema.version}`;
  let key = anonymousDeciders.get(decider);
  if (key === undefined) {
    anonymousCount += 1;
    key = `anonymous-${anonymousCount}`;
    anonymousDeciders.set(decider, key);
  }
  return key;
}

/**
 * The one way a stream is loaded and folded: commands (their own stream and the facts they need from
 * others), the auditor's time travel, the CLI. States come from the in-memory cache (checked for
 * events after its revision: one read of the stream's tail), else from the newest persisted snapshot
 * (checked against the log), else from the start of the stream; every fold is the kernel's, in
 * slices that leave the event loop free between them.
 */
@Injectable()
export class AggregateLoader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(StateCache) private readonly cache: StateCache = new StateCache(0),
    @Optional() @Inject(SnapshotKeeper) private readonly snapshots: SnapshotKeeper = new SnapshotKeeper(null, { every: 0 }),
  ) {}

  /** The stream folded up to its latest event. */
  async load<C, E extends DomainEvent, S>(decider: Decider<C, E, S>, stream: string): Promise<LoadedState<S>> {
    const key = streamKey(decider, stream);
    const cached = this.cache.get<S>(key);
    const loaded = cached ? await readAndFold(this.store, decider, stream, cached) : await this.fromSnapshotOrStart(decider, stream, {});
    return this.keep(decider, stream, key, loaded);
  }

  /** The stream as it stood at a past revision or instant (the latest when the point is past the head). */
  async loadAt<C, E extends DomainEvent, S>(decider: Decider<C, E, S>, stream: string, point: PastPoint): Promise<LoadedState<S>> {
    const key = streamKey(decider, stream);
    if ('revision' in point) {
      const known = this.cache.get<S>(`${key}\u0000${point.revision}`);
      if (known) return known;
    }
    const bound: FoldBound = 'revision' in point ? { toRevision: point.revision } : { asOf: point.asOf };
    const latest = this.cache.get<S>(key);
    const loaded = latest && isAtOrBefore(latest, point) ? await readAndFold(this.store, decider, stream, latest, bound) : await this.fromSnapshotOrStart(decider, stream, bound);
    // Kept under the revision it reached, so paging through one past state folds it once.
    if (loaded.revision >= 0 && loaded.revision !== latest?.revision) this.cache.put(`${key}\u0000${loaded.revision}`, loaded);
    return loaded;
  }

  /**
   * After an append the log acknowledged, folds its events onto the state the command decided on, so
   * the next command on the stream reads nothing but its tail. A replayed idempotent append, or one
   * that did not follow `loaded`, changes nothing here (the next load reads what it needs).
   */
  advance<C, E extends DomainEvent, S>(decider: Decider<C, E, S>, stream: string, loaded: LoadedState<S>, result: AppendResult): void {
    const newest = result.events.at(-1);
    if (result.replayed || newest === undefined || result.events[0]!.revision !== loaded.revision + 1) return;
    const next: LoadedState<S> = {
      state: foldFrom(decider, loaded.state, result.events.map((event) => toDomainEvent<E>(event))),
      revision: newest.revision,
      last: foldedUpTo(newest),
      snapshotAt: loaded.snapshotAt,
    };
    this.keep(decider, stream, streamKey(decider, stream), next);
  }

  private async fromSnapshotOrStart<C, E extends DomainEvent, S>(decider: Decider<C, E, S>, stream: string, bound: FoldBound): Promise<LoadedState<S>> {
    const asOfMs = bound.asOf === undefined ? undefined : (parseInstantMs(bound.asOf) ?? undefined);
    const snapshot = await this.snapshots.restore(decider, stream, { maxRevision: bound.toRevision, maxRecordedAtMs: asOfMs });
    // A snapshot whose event the log does not hold (another log, a revision past the head) is ignored.
    const resumed = snapshot ? await resumeFromSnapshot(this.store, decider, stream, snapshot, bound) : null;
    return resumed ?? readAndFold(this.store, decider, stream, emptyStream(decider.initialState), bound);
  }

  /** Caches the latest state (an empty stream costs nothing to read again), and takes a snapshot when one is due (in the background: the caller does not wait). */
  private keep<C, E, S>(decider: Decider<C, E, S>, stream: string, key: string, loaded: LoadedState<S>): LoadedState<S> {
    if (loaded.revision === -1) return loaded;
    let kept = loaded;
    if (this.snapshots.isDue(decider, loaded)) {
      kept = { ...loaded, snapshotAt: loaded.revision };
      void this.snapshots.save(decider, stream, kept);
    }
    this.cache.put(key, kept);
    return kept;
  }
}

function isAtOrBefore(loaded: LoadedState<unknown>, point: PastPoint): boolean {
  if ('revision' in point) return loaded.revision <= point.revision;
  const at = loaded.last === null ? null : parseInstantMs(loaded.last.recordedAt);
  const asOf = parseInstantMs(point.asOf);
  return at !== null && asOf !== null && at <= asOf;
}
