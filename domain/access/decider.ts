/** The access aggregate: one stream `access-<subjectId>` per natural person whose data was read or erased (A28). */
import type { Decider } from '../kernel/decider.js';
import type { AccessCommand } from './commands.js';
import { decideAccess } from './decide.js';
import type { AccessEvent } from './events.js';
import { evolveAccess } from './evolve.js';
import { INITIAL_ACCESS_STATE, type AccessState } from './state.js';

export const accessDecider: Decider<AccessCommand, AccessEvent, AccessState> = {
  initialState: INITIAL_ACCESS_STATE,
  decide: decideAccess,
  evolve: evolveAccess,
};

/** The stream a person's access log lives in. */
export function accessStreamName(subjectId: string): string {
  return `access-${subjectId}`;
}
