/**
 * Facts other streams own, folded from the log when a step runs, the way the service's handlers
 * look them up: an agency's standing on a date (A20, A26) and a department's participation (A13).
 */
import { agencyDecider, agencyStreamName } from '../../domain/agency/decider.js';
import { agencyStandingOn, type AgencyStanding } from '../../domain/agency/standing.js';
import { departmentDecider, departmentStreamName } from '../../domain/department/decider.js';
import { participatesInReviewsOn } from '../../domain/department/queries.js';
import type { Decider } from '../../domain/kernel/decider.js';
import type { DomainEvent } from '../../domain/kernel/event.js';
import type { EventStore } from '../event-store/event-store.port.js';

export class DemoFacts {
  constructor(private readonly store: EventStore) {}

  async agencyStandingOn(agencyId: string, date: string): Promise<AgencyStanding> {
    return agencyStandingOn(await this.fold(agencyDecider, agencyStreamName(agencyId)), date);
  }

  /** A26: the agency has left the market for misconduct by `date` (its reports are then flagged). */
  async agencyExitedForMisconduct(agencyId: string, date: string): Promise<boolean> {
    const standing = await this.agencyStandingOn(agencyId, date);
    return standing.status === 'exited' && standing.exitReason === 'misconduct';
  }

  /** A13: the department takes part in credit review on `date`. */
  async participates(departmentId: string, date: string): Promise<boolean> {
    return participatesInReviewsOn(await this.fold(departmentDecider, departmentStreamName(departmentId)), date);
  }

  private async fold<C, E extends DomainEvent, S>(decider: Decider<C, E, S>, stream: string): Promise<S> {
    let state = decider.initialState;
    for (const stored of await this.store.readStream(stream)) state = decider.evolve(state, { type: stored.type, data: stored.data } as unknown as E);
    return state;
  }
}
