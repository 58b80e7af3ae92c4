/** The agency aggregate: one stream `agency-<id>` per credit service agency (A15, A20, A21, A26). */
import type { Decider, StateSchema } from '../kernel/decider.js';
import type { AgencyCommand } from './commands.js';
import { decideAgency } from './decide.js';
import type { AgencyEvent } from './events.js';
import { evolveAgency } from './evolve.js';
import { INITIAL_AGENCY_STATE, type AgencyState } from './state.js';

/** Bump `version` whenever evolve or the state's shape changes: persisted snapshots of another version are ignored. */
// v2: eligibleBy (filed or recognised, A15, A20).
export const AGENCY_STATE_SCHEMA: StateSchema = { name: 'agency', version: 2 };

export const agencyDecider: Decider<AgencyCommand, AgencyEvent, AgencyState> = {
  initialState: INITIAL_AGENCY_STATE,
  decide: decideAgency,
  evolve: evolveAgency,
  stateSchema: AGENCY_STATE_SCHEMA,
};

/** The stream an agency's events live in. */
export function agencyStreamName(agencyId: string): string {
  return `agency-${agencyId}`;
}
