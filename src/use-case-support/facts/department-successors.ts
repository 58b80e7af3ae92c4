import { Inject, Injectable } from '@nestjs/common';
import { departmentDecider, departmentStreamName } from '../../../domain/department/decider.js';
import { resolveSuccession } from '../../../domain/department/resolve-succession.js';
import type { DepartmentState } from '../../../domain/department/state.js';
import { AggregateLoader } from '../../commands/aggregate-loader.js';

/** More links than any real chain of mergers; resolveSuccession refuses a loop before this. */
const MAX_CHAIN = 32;

/**
 * docs/domain.md "Departments change over time": pending matters follow the successor from the
 * effective date. Folds the department streams along the chain and returns every department that
 * took over from `departmentId` by `date` (empty when none), for the subject decider's
 * `…Successors` facts.
 */
@Injectable()
export class DepartmentSuccessors {
  constructor(@Inject(AggregateLoader) private readonly loader: AggregateLoader) {}

  async of(departmentId: string, date: string): Promise<readonly string[]> {
    const states = new Map<string, DepartmentState>();
    for (let link = 0; link < MAX_CHAIN; link += 1) {
      const inCharge = resolveSuccession(states, departmentId, date);
      if (states.has(inCharge)) break; // the chain ends at a department already folded
      states.set(inCharge, (await this.loader.load(departmentDecider, departmentStreamName(inCharge))).state);
    }
    return [...states.keys()].filter((id) => id !== departmentId);
  }
}
