import { FoldScope } from './fold-scope.js';

/**
 * Names the state a decider's `evolve` builds, for caches that outlive one process (persisted
 * snapshots): a snapshot is used only under the same name and version. Bump `version` whenever
 * evolve or the shape of the state changes.
 */
export interface StateSchema {
  readonly name: string;
  readonly version: number;
}

/**
 * A decider (Chassaing): the whole behaviour of one aggregate as three pure functions.
 * `decide` turns a command and the current state into new events or throws a DomainError;
 * `evolve` folds one event into the state and never throws. Called alone it never mutates its
 * input; a fold passes its `scope`, which lets evolve change in place what that fold created.
 */
export interface Decider<Command, Event, State> {
  readonly initialState: State;
  decide(command: Command, state: State): readonly Event[];
  evolve(state: State, event: Event, scope?: FoldScope): State;
  readonly stateSchema?: StateSchema;
}

/** Folds a sequence of events from the initial state, in time linear in the number of events. */
export function fold<C, E, S>(decider: Decider<C, E, S>, events: Iterable<E>): S {
  return foldFrom(decider, decider.initialState, events);
}

/**
 * Folds events onto a given state (a cached or snapshot state) without changing it. A caller that
 * folds a long stream in slices passes one scope to every slice and shows no state but the last.
 */
export function foldFrom<C, E, S>(decider: Decider<C, E, S>, state: S, events: Iterable<E>, scope: FoldScope = new FoldScope()): S {
  let current = state;
  for (const event of events) current = decider.evolve(current, event, scope);
  return current;
}

/** Used as the last branch of an exhaustive `switch`: the compiler proves no case is missing. */
export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
