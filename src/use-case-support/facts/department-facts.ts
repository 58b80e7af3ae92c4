import { Inject, Injectable } from '@nestjs/common';
import { departmentDecider, departmentStreamName } from '../../../domain/department/decider.js';
import { DepartmentNotRegisteredError } from '../../../domain/department/errors.js';
import { participatesInReviewsOn } from '../../../domain/department/queries.js';
import { resolveSuccession } from '../../../domain/department/resolve-succession.js';
import type { DepartmentState } from '../../../domain/department/state.js';
import { AggregateLoader } from '../../commands/aggregate-loader.js';

/** More links than any real chain of mergers. */
const MAX_CHAIN = 32;

/** Facts about departments, folded from their own streams (A13, A24). */
@Injectable()
export class DepartmentFacts {
  constructor(@Inject(AggregateLoader) private readonly loader: AggregateLoader) {}

  async state(departmentId: string): Promise<DepartmentState> {
    return (await this.loader.load(departmentDecider, departmentStreamName(departmentId))).state;
  }

  /** A13: the department takes part in credit review on the date (false when not registered). */
  async participatesOn(departmentId: string, date: string): Promise<boolean> {
    return participatesInReviewsOn(await this.state(departmentId), date);
  }

  /** A13: as above, for a department named in a request: an unknown one is a 404. */
  async namedParticipatesOn(departmentId: string, date: string): Promise<boolean> {
    const state = await this.state(departmentId);
    if (state.status !== 'registered') throw new DepartmentNotRegisteredError(departmentId);
    return participatesInReviewsOn(state, date);
  }

  /**
   * A24, docs/domain.md "Departments change over time": the departments along the succession chain
   * from `departmentId` on `date` (it first), each stream folded once as the chain is followed.
   */
  async chainOn(departmentId: string, date: string): Promise<ReadonlyMap<string, DepartmentState>> {
    const states = new Map<string, DepartmentState>();
    // resolveSuccession refuses a loop (DepartmentSuccessionCycleError) long before MAX_CHAIN links.
    for (let current = departmentId, link = 0; !states.has(current) && link < MAX_CHAIN; link += 1) {
      states.set(current, await this.state(current));
      current = resolveSuccession(states, departmentId, date);
    }
    return states;
  }

  /** A24: the department in charge on the date of what `departmentId` had — itself, or its successor after a merger or split — with its state. */
  async inChargeOn(departmentId: string, date: string): Promise<{ departmentId: string; state: DepartmentState }> {
    const states = await this.chainOn(departmentId, date);
    const inCharge = resolveSuccession(states, departmentId, date);
    return { departmentId: inCharge, state: states.get(inCharge)! };
  }
}
