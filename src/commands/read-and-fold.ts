import { foldFrom, type Decider } from '../../domain/kernel/decider.js';
import { FoldScope } from '../../domain/kernel/fold-scope.js';
import type { DomainEvent } from '../../domain/kernel/event.js';
import type { EventStore } from '../event-store/event-store.port.js';
import { yieldToEventLoop } from '../shared/yield.js';
import { foldedUpTo, toDomainEvent, type LoadedState } from './loaded-state.js';

/** Events read and folded per slice: a few milliseconds each, so a long stream never holds the event loop for long. */
export const FOLD_SLICE = 1000;

export interface FoldBound {
  /** Fold no further than this revision. */
  readonly toRevision?: number;
  /** Fold only events recorded at or before this instant (recordedAt never goes back along a stream). */
  readonly asOf?: string;
}

/**
 * Reads the events after `start` and folds them on with the kernel fold, a slice at a time with the
 * event loop served in between. One read for a stream (or tail) shorter than a slice.
 */
export async function readAndFold<C, E extends DomainEvent, S>(
  store: EventStore, decider: Decider<C, E, S>, stream: string, start: LoadedState<S>, bound: FoldBound = {},
): Promise<LoadedState<S>> {
  return (await foldSlices(store, decider, stream, start, bound, false))!;
}

/**
 * As readAndFold, for a start from outside this process (a persisted snapshot): the read begins at
 * its revision, and the event there must carry its hash, else null (the snapshot is not of this log).
 */
export async function resumeFromSnapshot<C, E extends DomainEvent, S>(
  store: EventStore, decider: Decider<C, E, S>, stream: string, snapshot: LoadedState<S>, bound: FoldBound = {},
): Promise<LoadedState<S> | null> {
  return foldSlices(store, decider, stream, snapshot, bound, true);
}

async function foldSlices<C, E extends DomainEvent, S>(
  store: EventStore, decider: Decider<C, E, S>, stream: string, start: LoadedState<S>, bound: FoldBound, verify: boolean,
): Promise<LoadedState<S> | null> {
  const scope = new FoldScope();
  let { state, revision, last } = start;
  let from = verify ? start.revision : start.revision + 1;
  for (;;) {
    const to = Math.min(from + FOLD_SLICE - 1, bound.toRevision ?? Number.MAX_SAFE_INTEGER);
    if (to < from) break;
    const page = await store.readStream(stream, { fromRevision: from, toRevision: to, ...(bound.asOf !== undefined ? { asOf: bound.asOf } : {}) });
    let events = page;
    if (from === start.revision && verify) {
      const anchor = page[0];
      if (anchor === undefined || anchor.revision !== start.revision || anchor.metadata.hash !== start.last?.hash) return null;
      events = page.slice(1);
    }
    // The scope is this call's: the states folded before the last are never shown, so its maps may change in place.
    state = foldFrom(decider, state, events.map((event) => toDomainEvent<E>(event)), scope);
    const newest = events.at(-1);
    if (newest !== undefined) {
      revision = newest.revision;
      last = foldedUpTo(newest);
    }
    if (page.length < to - from + 1) break;
    from = to + 1;
    await yieldToEventLoop();
  }
  return { state, revision, last, snapshotAt: start.snapshotAt };
}
