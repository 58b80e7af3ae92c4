/** Preconditions several department commands share. */
import { InvalidInputError } from '../kernel/domain-error.js';
import { DepartmentNotRegisteredError, DepartmentSucceededError } from './errors.js';
import { isSucceededOn, successorOf, type DepartmentState, type RegisteredDepartmentState } from './state.js';

export function requireRegistered(state: DepartmentState, departmentId: string): RegisteredDepartmentState {
  if (state.status !== 'registered') throw new DepartmentNotRegisteredError(departmentId);
  if (departmentId !== state.departmentId) {
    throw new InvalidInputError('departmentId', 'DEPARTMENT_ID_MISMATCH', `command for ${departmentId} reached the stream of ${state.departmentId}`, {}, 'A2');
  }
  return state;
}

/** A24/A25: from a merger's or split's effective date, new rules and names belong to the successor. */
export function refuseIfSucceededOn(state: RegisteredDepartmentState, date: string): void {
  if (state.succession !== null && isSucceededOn(state, date)) {
    throw new DepartmentSucceededError(state.departmentId, successorOf(state.succession), state.succession.effectiveOn);
  }
}

/** A department is merged or split once; a later change belongs to its successor's stream. */
export function refuseIfSucceeded(state: RegisteredDepartmentState): void {
  if (state.succession !== null) {
    throw new DepartmentSucceededError(state.departmentId, successorOf(state.succession), state.succession.effectiveOn);
  }
}
