/** The department aggregate: one stream `department-<id>` per department or user organisation (A2, A13, A24, A29). */
import type { Decider } from '../kernel/decider.js';
import type { DepartmentCommand } from './commands.js';
import { decideDepartment } from './decide.js';
import type { DepartmentEvent } from './events.js';
import { evolveDepartment } from './evolve.js';
import { INITIAL_DEPARTMENT_STATE, type DepartmentState } from './state.js';

export const departmentDecider: Decider<DepartmentCommand, DepartmentEvent, DepartmentState> = {
  initialState: INITIAL_DEPARTMENT_STATE,
  decide: decideDepartment,
  evolve: evolveDepartment,
};

/** The stream a department's events live in. */
export function departmentStreamName(departmentId: string): string {
  return `department-${departmentId}`;
}
