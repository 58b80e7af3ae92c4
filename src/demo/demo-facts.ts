/**
 * Facts other streams own, folded from the log when a step runs, the way the service's handlers
 * look them up: an agency's standing on a date (A20, A26) and a department's participation (A13).
 */
import { agencyDecider, agencyStreamName } from '../../domain/agency/decider.js';
import { agencyStandingOn, type AgencyStanding } from '../../domain/agency/standing.js';
import { departmentDecider, departmentStreamName } from '../../domain/department/decider.js';
import { participatesInReviewsOn } from '../../domain/department/queries.js';
import { AggregateLoader } from '../commands/aggregate-loader.js';
import type { EventStore } from '../event-store/event-store.port.js';

export class DemoFacts {
  private readonly loader: AggregateLoader;

  constructor(store: EventStore) {
    this.loader = new AggregateLoader(store);
  }

  async agencyStandingOn(agencyId: string, date: string): Promise<AgencyStanding> {
    return agencyStandingOn((await this.loader.load(agencyDecider, agencyStreamName(agencyId))).state, date);
  }

  /** A26: the agency has left the market for misconduct by `date` (its reports are then flagged). */
  async agencyExitedForMisconduct(agencyId: string, date: string): Promise<boolean> {
    const standing = await this.agencyStandingOn(agencyId, date);
    return standing.status === 'exited' && standing.exitReason === 'misconduct';
  }

  /** A13: the department takes part in credit review on `date`. */
  async participates(departmentId: string, date: string): Promise<boolean> {
    return participatesInReviewsOn((await this.loader.load(departmentDecider, departmentStreamName(departmentId))).state, date);
  }
}
