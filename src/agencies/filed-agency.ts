import { HttpException } from '@nestjs/common';
import { agencyDecider, agencyStreamName } from '../../domain/agency/decider.js';
import type { AgencyState } from '../../domain/agency/state.js';
import type { AggregateLoader } from '../commands/aggregate-loader.js';
import type { LoadedState } from '../commands/loaded-state.js';
import { errorBody } from '../http/error-body.js';

/**
 * An agency the path names must have been filed (A20); an id nobody filed is an unknown
 * resource (404), not a refusal by the measure. Answers the loaded stream, for the command on it.
 */
export async function requireFiledAgency(loader: AggregateLoader, agencyId: string): Promise<LoadedState<AgencyState>> {
  const loaded = await loader.load(agencyDecider, agencyStreamName(agencyId));
  if (loaded.state.status !== 'filed')
    throw new HttpException(errorBody(404, 'AGENCY_NOT_FOUND', `agency ${agencyId} is not filed`, { agencyId }), 404);
  return loaded;
}
