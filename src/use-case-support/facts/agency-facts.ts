import { Inject, Injectable } from '@nestjs/common';
import { agencyDecider, agencyStreamName } from '../../../domain/agency/decider.js';
import { agencyStandingOn, type AgencyStanding } from '../../../domain/agency/standing.js';
import { AggregateLoader } from '../../commands/aggregate-loader.js';

/** Facts about agencies, folded from their own streams for the subject's commands and queries (A20, A26). */
@Injectable()
export class AgencyFacts {
  constructor(@Inject(AggregateLoader) private readonly loader: AggregateLoader) {}

  /** A20, A26: the agency's standing on a calendar date (not-filed when its stream is empty). */
  async standingOn(agencyId: string, date: string): Promise<AgencyStanding> {
    const { state } = await this.loader.load(agencyDecider, agencyStreamName(agencyId));
    return agencyStandingOn(state, date);
  }

  /** A26: the agency has left the market for misconduct by `date`; its reports are flagged. */
  async exitedForMisconduct(agencyId: string, date: string): Promise<boolean> {
    const standing = await this.standingOn(agencyId, date);
    return standing.status === 'exited' && standing.exitReason === 'misconduct';
  }

  /** A26: which of these agencies have exited for misconduct by `date`. */
  async exitedForMisconductAmong(agencyIds: Iterable<string>, date: string): Promise<ReadonlySet<string>> {
    const ids = [...new Set(agencyIds)];
    const flags = await Promise.all(ids.map((id) => this.exitedForMisconduct(id, date)));
    return new Set(ids.filter((_, i) => flags[i]));
  }
}
