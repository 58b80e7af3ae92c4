import type { AgencyState } from '../../domain/agency/state.js';
import { AgencyNotFoundError } from '../http/not-found.errors.js';

/**
 * An agency the path names must have been filed (A20); an id nobody filed is an unknown
 * resource (404), not a refusal by the measure. Checked on the state the command is built from.
 */
export function requireFiledAgency(state: AgencyState, agencyId: string): void {
  if (state.status !== 'filed') throw new AgencyNotFoundError(agencyId);
}
