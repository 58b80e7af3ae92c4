import { departmentNameOn, participatesInReviewsOn, successorOn } from '../../../../domain/department/queries.js';
import type { RegisteredDepartmentState } from '../../../../domain/department/state.js';

/**
 * What anyone may know of a registered department on `today` (the registry is public information):
 * the name in force (docs/domain.md "Departments change over time"), the successor once a merger or
 * split has taken effect (A24, A25), and whether it takes part in credit reviews (A13). No rules, no
 * officers, no earlier names.
 */
export function departmentName(state: RegisteredDepartmentState, today: string) {
  const name = departmentNameOn(state, today);
  return {
    departmentId: state.departmentId,
    name: name?.nameZh ?? null,
    nameEn: name?.nameEn ?? null,
    successorId: successorOn(state, today),
    participating: participatesInReviewsOn(state, today),
  };
}

export type DepartmentName = ReturnType<typeof departmentName>;
