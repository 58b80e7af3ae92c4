import { departmentNameOn, participatesInReviewsOn } from '../../../../domain/department/queries.js';
import { resolveSuccession } from '../../../../domain/department/resolve-succession.js';
import { successorOf, type RegisteredDepartmentState } from '../../../../domain/department/state.js';

/**
 * One department as the credit office sees it today: the name in force (docs/domain.md "Departments
 * change over time"), A13 participation, its successor and who is in charge of its rules (A24).
 */
export function departmentRecord(state: RegisteredDepartmentState, all: ReadonlyMap<string, RegisteredDepartmentState>, today: string) {
  const name = departmentNameOn(state, today);
  return {
    departmentId: state.departmentId,
    nameZh: name?.nameZh ?? null,
    nameEn: name?.nameEn ?? null,
    kind: state.kind,
    pilot: state.pilot,
    participatesFrom: state.participatesFrom,
    participatesToday: participatesInReviewsOn(state, today),
    succession: state.succession && { kind: state.succession.kind, effectiveOn: state.succession.effectiveOn, successorId: successorOf(state.succession) },
    inChargeToday: resolveSuccession(all, state.departmentId, today),
    names: state.names,
    rules: state.rules,
  };
}

export type DepartmentRecord = ReturnType<typeof departmentRecord>;
