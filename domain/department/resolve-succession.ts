/**
 * docs/domain.md "Departments change over time": rules (A24), pending reviews and usage statistics
 * (A25) follow the successor from the effective date. A department's own stream only names its
 * direct successor; this follows the chain across streams (merged, then merged again …).
 */
import { DepartmentSuccessionCycleError } from './errors.js';
import { isSucceededOn, successorOf, type DepartmentState } from './state.js';

/**
 * The department in charge on `date` of what `departmentId` had: itself until a merger or split
 * takes effect, then its successor (for a split, the one named in `rulesFollow`), and so on.
 * A department missing from `states` or not registered is taken to be in charge (the caller
 * finds out it is not registered). Throws DepartmentSuccessionCycleError if the chain loops.
 */
export function resolveSuccession(states: ReadonlyMap<string, DepartmentState>, departmentId: string, date: string): string {
  const path = [departmentId];
  let current = departmentId;
  for (;;) {
    const state = states.get(current);
    if (state === undefined || state.status !== 'registered' || state.succession === null || !isSucceededOn(state, date)) return current;
    const next = successorOf(state.succession);
    // Records are operator data: two mergers pointing at each other must not hang the caller.
    if (path.includes(next)) throw new DepartmentSuccessionCycleError(departmentId, date, [...path, next]);
    path.push(next);
    current = next;
  }
}
