/** evolve() of the agency stream: folds one event into the state; never throws. */
import { assertNever } from '../kernel/decider.js';
import { appendItem, putEntry, removeEntry, replaceItem, type FoldScope } from '../kernel/fold-scope.js';
import type { AgencyEvent } from './events.js';
import { openSuspensionIndex, type AgencyState, type AgencySuspension, type FiledAgencyState } from './state.js';

/** `scope` comes from a fold (kernel/fold-scope.ts): what that fold created may change in place. */
export function evolveAgency(state: AgencyState, event: AgencyEvent, scope?: FoldScope): AgencyState {
  if (event.type === 'AgencyFiled') {
    const { agencyId, name, uscc, usccWarnings, level, filingAuthority, filingNumber, filedOn } = event.data;
    return eligible('filing', { agencyId, name, uscc, usccWarnings, level, filingAuthority, filingNumber, filedOn });
  }
  if (event.type === 'AgencyRecognised') {
    const { agencyId, name, uscc, usccWarnings, level, recognisingAuthority, recognitionDocument, recognisedOn } = event.data;
    return eligible('recognition', { agencyId, name, uscc, usccWarnings, level, filingAuthority: recognisingAuthority, filingNumber: recognitionDocument, filedOn: recognisedOn });
  }
  // A stream that does not start with its filing is not ours to interpret: leave the state alone.
  if (state.status !== 'filed') return state;
  switch (event.type) {
    case 'AgencySuspended':
      return { ...state, suspensions: appendItem(state.suspensions, { from: event.data.from, until: event.data.until, liftedOn: null }, scope) };
    case 'AgencySuspensionLifted': {
      const index = openSuspensionIndex(state, event.data.on);
      if (index === null) return state;
      const lifted = { ...(state.suspensions[index] as AgencySuspension), liftedOn: event.data.on };
      return { ...state, suspensions: replaceItem(state.suspensions, index, lifted, scope) };
    }
    case 'AgencyExited':
      return { ...state, exit: { exitedOn: event.data.exitedOn, reason: event.data.reason } };
    case 'AgencyStaffRecorded': {
      const { staffId, role, change } = event.data;
      // Removed then put, so a rejoining member comes last, as the staff list has always shown it.
      const others = removeEntry(state.currentStaff, staffId, scope);
      const currentStaff = change === 'joined' ? putEntry(others, staffId, role, scope) : others;
      const knownStaffIds = state.knownStaffIds.includes(staffId) ? state.knownStaffIds : appendItem(state.knownStaffIds, staffId, scope);
      return { ...state, currentStaff, knownStaffIds };
    }
    case 'AgencyBreachRecorded':
      return { ...state, breachIds: appendItem(state.breachIds, event.data.breachId, scope) };
    default:
      return assertNever(event);
  }
}

type Basis = Pick<FiledAgencyState, 'agencyId' | 'name' | 'uscc' | 'usccWarnings' | 'level' | 'filingAuthority' | 'filingNumber' | 'filedOn'>;

/** A15, A20: filed or recognised, the agency starts the same way; only `eligibleBy` differs. */
function eligible(eligibleBy: FiledAgencyState['eligibleBy'], basis: Basis): FiledAgencyState {
  return { status: 'filed', eligibleBy, ...basis, suspensions: [], exit: null, currentStaff: {}, knownStaffIds: [], breachIds: [] };
}
