/**
 * A decider (Chassaing): the whole behaviour of one aggregate as three pure functions.
 * `decide` turns a command and the current state into new events or throws a DomainError;
 * `evolve` folds one event into the state and never throws.
 */
export interface Decider<Command, Event, State> {
  readonly initialState: State;
  decide(command: Command, state: State): readonly Event[];
  evolve(state: State, event: Event): State;
}

/** Folds a sequence of events from the initial state. */
export function fold<C, E, S>(decider: Decider<C, E, S>, events: Iterable<E>): S {
  let state = decider.initialState;
  for (const event of events) state = decider.evolve(state, event);
  return state;
}

/** Used as the last branch of an exhaustive `switch`: the compiler proves no case is missing. */
export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
