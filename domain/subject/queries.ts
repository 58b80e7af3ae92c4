/**
 * Pure questions about a folded subject, for decisions and for the status view. `at` is an
 * instant: the answer is what held then (a report counts only while valid, A14/A19; corrections
 * count from the instant they were decided; an objection marks its record while open).
 */
import { compareInstants, shanghaiDateOf } from '../rules/time.js';
import { annotationsOf, isRevokedAt, isUnderObjectionAt, notAfter } from './queries/annotations.js';
import { breachAsOf, commitmentAsOf, commitmentCheckAsOf } from './queries/corrected.js';
import type { BreachRecord, CommitmentRecord, ObjectionRecord, SubjectState } from './state.js';
import type { RecordTarget } from './values.js';

export { annotationsOf, isRevokedAt, isUnderObjectionAt, objectionOpenAt, openObjectionFor } from './queries/annotations.js';
export { providingDepartment, providingDepartmentOfObjection } from './queries/providing-department.js';
export { breachAsOf, commitmentAsOf, commitmentCheckAsOf, creditReportAsOf, reviewReportAsOf } from './queries/corrected.js';
export {
  isCreditReportValidAt,
  isReviewReportValidAt,
  validCreditReportAt,
  validCreditReportsAt,
  validReviewReportAt,
  type IssuedReview,
  type ValidCreditReport,
  type ValidReviewReport,
} from './queries/reports.js';

/** A disclosed breach as it stands at the asked instant (its corrections applied). */
export interface ActiveDisclosure extends BreachRecord {
  readonly underObjection: boolean;
  /** An objection was decided "unresolved": the record and the objection are both shown. */
  readonly objectionUnresolved: boolean;
  /** A correction is in force: the values shown are the corrected ones. */
  readonly corrected: boolean;
}

/** A breach shared with departments for new decisions (令第36号): same shape as a disclosure. */
export type SharedBreach = ActiveDisclosure;

/**
 * 令第36号 (docs/domain.md): an approved repair ends disclosure and sharing from its decision on — unless
 * that decision was itself revoked after an objection (then the breach counts again from then).
 */
export function isRepairedAt(state: SubjectState, breach: BreachRecord, at: string): boolean {
  if (breach.repairedAt === null || !notAfter(breach.repairedAt, at)) return false;
  return breach.repairedBy === null || !isRevokedAt(state, { kind: 'repair-decision', id: breach.repairedBy }, at);
}

/**
 * Breaches on record at `at` that are neither repaired nor revoked, corrected as of `at`, decision
 * date first. The common ground of public disclosure (A9) and sharing for new decisions (令第36号).
 */
function standingBreachesAt(state: SubjectState, at: string): readonly SharedBreach[] {
  return Object.values(state.breaches)
    .filter((b) => notAfter(b.recordedAt, at) && !isRepairedAt(state, b, at) && !isRevokedAt(state, { kind: 'breach', id: b.breachId }, at))
    .map((b) => breachAsOf(state, b, at))
    .sort((a, b) => a.decisionDate.localeCompare(b.decisionDate) || a.breachId.localeCompare(b.breachId))
    .map((b) => {
      const target: RecordTarget = { kind: 'breach', id: b.breachId };
      const annotations = annotationsOf(state, target);
      return {
        ...b,
        underObjection: isUnderObjectionAt(state, target, at),
        objectionUnresolved: annotations.unresolvedObjectionIds.length > 0,
        corrected: annotations.corrections.some((c) => notAfter(c.correctedAt, at)),
      };
    });
}

/**
 * 令第36号 (docs/domain.md "stops sharing for new decisions"): breaches departments still see for a new
 * decision at `at` — not repaired, not revoked. Independent of public disclosure: a breach never
 * disclosed (minor class, 0 months; a minor subject, A28) or past its period is still shared.
 */
export function sharedBreachesAt(state: SubjectState, at: string): readonly SharedBreach[] {
  return standingBreachesAt(state, at);
}

/**
 * A9: breaches publicly disclosed at `at`, corrected as of `at`. Not disclosed: a minor-class
 * breach with 0 months (also when corrected to it), a subject who was a minor (A28), a repaired
 * breach (令第36号), a revoked one, one past its period.
 */
export function activeDisclosuresAt(state: SubjectState, at: string): readonly ActiveDisclosure[] {
  const today = shanghaiDateOf(at);
  return standingBreachesAt(state, at).filter(
    (b) => b.disclosedThrough !== null && !b.subjectMinorOnDecision && b.decisionDate <= today && today <= b.disclosedThrough,
  );
}

/** Objections not yet decided, oldest first. */
export function openObjections(state: SubjectState): readonly ObjectionRecord[] {
  return Object.values(state.objections)
    .filter((o) => o.decision === null)
    .sort((a, b) => compareInstants(a.filedAt, b.filedAt));
}

/** Late enough that every recorded instant is before it: "as the state stands". */
const END_OF_RECORD = '9999-12-31T23:59:59.999+08:00';

/**
 * A8: commitments awaiting their follow-up check at `at` (default: as the state stands), corrected
 * as of then, oldest first. A revoked commitment is not checked (SH-SCR art. 38); a revoked check
 * counts as none, so its commitment is open again.
 */
export function openCommitments(state: SubjectState, at: string = END_OF_RECORD): readonly CommitmentRecord[] {
  return Object.keys(state.commitments)
    .map((id) => commitmentAsOf(state, id, at))
    .filter((c): c is CommitmentRecord => c !== null && commitmentCheckAsOf(state, c, at) === null)
    .sort((a, b) => compareInstants(a.madeAt, b.madeAt));
}
