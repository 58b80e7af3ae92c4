/** The access aggregate: one stream `access-<subjectId>` per natural person whose data was read or erased (A28). */
import type { Decider, StateSchema } from '../kernel/decider.js';
import type { AccessCommand } from './commands.js';
import { decideAccess } from './decide.js';
import type { AccessEvent } from './events.js';
import { evolveAccess } from './evolve.js';
import { INITIAL_ACCESS_STATE, type AccessState } from './state.js';

/** Bump `version` whenever evolve or the state's shape changes: persisted snapshots of another version are ignored. */
export const ACCESS_STATE_SCHEMA: StateSchema = { name: 'access', version: 1 };

export const accessDecider: Decider<AccessCommand, AccessEvent, AccessState> = {
  initialState: INITIAL_ACCESS_STATE,
  decide: decideAccess,
  evolve: evolveAccess,
  stateSchema: ACCESS_STATE_SCHEMA,
};

/** The stream a person's access log lives in. */
export function accessStreamName(subjectId: string): string {
  return `access-${subjectId}`;
}
