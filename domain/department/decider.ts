/** The department aggregate: one stream `department-<id>` per department or user organisation (A2, A13, A24, A29). */
import type { Decider, StateSchema } from '../kernel/decider.js';
import type { DepartmentCommand } from './commands.js';
import { decideDepartment } from './decide.js';
import type { DepartmentEvent } from './events.js';
import { evolveDepartment } from './evolve.js';
import { INITIAL_DEPARTMENT_STATE, type DepartmentState } from './state.js';

/** Bump `version` whenever evolve or the state's shape changes: persisted snapshots of another version are ignored. */
export const DEPARTMENT_STATE_SCHEMA: StateSchema = { name: 'department', version: 1 };

export const departmentDecider: Decider<DepartmentCommand, DepartmentEvent, DepartmentState> = {
  initialState: INITIAL_DEPARTMENT_STATE,
  decide: decideDepartment,
  evolve: evolveDepartment,
  stateSchema: DEPARTMENT_STATE_SCHEMA,
};

/** The stream a department's events live in. */
export function departmentStreamName(departmentId: string): string {
  return `department-${departmentId}`;
}
