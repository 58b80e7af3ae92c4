/**
 * The department that provided a record (SH-SCR art. 37): an objection is forwarded to it, or to its
 * successor after a merger or renaming (A24). One answer for the decider and for the handler that
 * looks up the successors.
 */
import { assertNever } from '../../kernel/decider.js';
import { get } from '../evolve/maps.js';
import type { SubjectState } from '../state.js';
import type { RecordTarget } from '../values.js';

/**
 * The department that recorded the breach or check, holds the commitment, decided the repair, used
 * the report, commissioned the credit report (A15) or requested the review (A10). Null when no
 * department did (a report the subject commissioned, a bank's use or loan check).
 */
export function providingDepartment(state: SubjectState, { kind, id }: RecordTarget): string | null {
  switch (kind) {
    case 'breach':
      return get(state.breaches, id)?.departmentId ?? null;
    case 'commitment-check':
      return get(state.commitments, id)?.check?.departmentId ?? null;
    case 'commitment':
      return get(state.commitments, id)?.departmentId ?? null;
    case 'repair-decision':
      return get(state.repairs, id)?.departmentId ?? null;
    case 'credit-report':
      return departmentOf(get(state.creditReports, id)?.commissionedBy);
    case 'review-report':
      return departmentOf(get(state.reviews, id)?.requestedBy);
    case 'report-use': {
      const usedBy = get(state.reportUses, id)?.usedBy;
      return usedBy?.kind === 'department' ? usedBy.id : null;
    }
    case 'loan-check':
      return null;
    default:
      return assertNever(kind);
  }
}

function departmentOf(party: { readonly kind: string; readonly departmentId?: string } | undefined): string | null {
  return party?.kind === 'department' && party.departmentId !== undefined ? party.departmentId : null;
}

/** The department that provided the record an objection is about; null for an unknown objection (the decider answers 404). */
export function providingDepartmentOfObjection(state: SubjectState, objectionId: string): string | null {
  const objection = get(state.objections, objectionId);
  return objection === undefined ? null : providingDepartment(state, objection.target);
}
