/** evolve() of the access stream: folds one event into the state; never throws. */
import { assertNever } from '../kernel/decider.js';
import type { AccessEvent } from './events.js';
import type { AccessState } from './state.js';

export function evolveAccess(state: AccessState, event: AccessEvent): AccessState {
  switch (event.type) {
    case 'PersonalDataAccessed':
      return { ...state, accesses: state.accesses + 1 };
    case 'PersonalDataErased':
      return { ...state, erasure: { erasedAt: event.data.erasedAt, basisDocument: event.data.basisDocument } };
    default:
      return assertNever(event);
  }
}
