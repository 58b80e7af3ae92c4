import type { RegisteredDepartmentState } from '../../domain/department/state.js';

/**
 * One registered department (A13 pilots, those that joined, A29 user organisations), id =
 * departmentId: the department's own folded state, so the read side asks the domain's own
 * questions of it (name in force, A13 participation, succession on a date). Which day is asked is
 * the read side's: nothing here depends on today.
 */
export type DepartmentRegistryDoc = RegisteredDepartmentState & {
  /** The successor named by its merger or split (A24, A25), whatever its date: indexed, so predecessors are found by it. */
  readonly successorId: string | null;
  /** The log position of the last event applied: the same event again changes nothing (a rule would be listed twice). */
  readonly appliedThrough: number;
};
