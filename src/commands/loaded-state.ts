import { fold, type Decider } from '../../domain/kernel/decider.js';
import type { DomainEvent } from '../../domain/kernel/event.js';
import type { StoredEvent } from '../event-store/event-store.port.js';

/** Where a folded state stands in its stream: the last event folded into it. */
export interface FoldedUpTo {
  readonly position: number;
  readonly recordedAt: string;
  readonly hash: string;
}

/**
 * A stream folded by a decider up to a revision. Immutable, like the state in it: a cache may hand
 * the same value to several commands at once.
 */
export interface LoadedState<S> {
  readonly state: S;
  /** The revision of the last event folded; -1 for an empty stream. */
  readonly revision: number;
  readonly last: FoldedUpTo | null;
  /** The revision of the newest persisted snapshot known for the stream (-1: none): the next is due SNAPSHOT_EVERY events later. */
  readonly snapshotAt: number;
}

export function emptyStream<S>(initialState: S): LoadedState<S> {
  return { state: initialState, revision: -1, last: null, snapshotAt: -1 };
}

export function foldedUpTo(event: StoredEvent): FoldedUpTo {
  return { position: event.position, recordedAt: event.metadata.recordedAt, hash: event.metadata.hash };
}

/**
 * A stored event as the decider's event. The one cast of the command path: the store serves only
 * registered event types, validated and upcast to their current shape (event-store/schema-registry.ts).
 */
export function toDomainEvent<E extends DomainEvent>(stored: StoredEvent): E {
  return { type: stored.type, data: stored.data } as unknown as E;
}

/** Events already read, folded by the kernel's fold (a state the loader does not keep: a dispute's subject when its record was made). */
export function foldStored<C, E extends DomainEvent, S>(decider: Decider<C, E, S>, stored: readonly StoredEvent[]): S {
  return fold(decider, stored.map((event) => toDomainEvent<E>(event)));
}
