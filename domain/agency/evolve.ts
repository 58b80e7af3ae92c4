/** evolve() of the agency stream: folds one event into the state; never throws. */
import { assertNever } from '../kernel/decider.js';
import type { AgencyEvent } from './events.js';
import { openSuspensionIndex, type AgencyState } from './state.js';

export function evolveAgency(state: AgencyState, event: AgencyEvent): AgencyState {
  if (event.type === 'AgencyFiled') {
    const { agencyId, name, uscc, usccWarnings, level, filingAuthority, filingNumber, filedOn } = event.data;
    return {
      status: 'filed',
      agencyId, name, uscc, usccWarnings, level, filingAuthority, filingNumber, filedOn,
      suspensions: [],
      exit: null,
      currentStaff: {},
      knownStaffIds: [],
      breachIds: [],
    };
  }
  // A stream that does not start with its filing is not ours to interpret: leave the state alone.
  if (state.status !== 'filed') return state;
  switch (event.type) {
    case 'AgencySuspended':
      return { ...state, suspensions: [...state.suspensions, { from: event.data.from, until: event.data.until, liftedOn: null }] };
    case 'AgencySuspensionLifted': {
      const index = openSuspensionIndex(state, event.data.on);
      if (index === null) return state;
      const suspensions = state.suspensions.map((suspension, i) => (i === index ? { ...suspension, liftedOn: event.data.on } : suspension));
      return { ...state, suspensions };
    }
    case 'AgencyExited':
      return { ...state, exit: { exitedOn: event.data.exitedOn, reason: event.data.reason } };
    case 'AgencyStaffRecorded': {
      const { staffId, role, change } = event.data;
      const { [staffId]: _left, ...others } = state.currentStaff;
      const currentStaff = change === 'joined' ? { ...others, [staffId]: role } : others;
      const knownStaffIds = state.knownStaffIds.includes(staffId) ? state.knownStaffIds : [...state.knownStaffIds, staffId];
      return { ...state, currentStaff, knownStaffIds };
    }
    case 'AgencyBreachRecorded':
      return { ...state, breachIds: [...state.breachIds, event.data.breachId] };
    default:
      return assertNever(event);
  }
}
