/**
 * Pure questions about a folded subject, for decisions and for the status view. `at` is an
 * instant: the answer is what held then (a report counts only while valid, A14/A19; corrections
 * count from the instant they were decided; an objection marks its record while open).
 */
import { compareInstants, shanghaiDateOf } from '../rules/time.js';
import { annotationsOf, isRevokedAt, isUnderObjectionAt, notAfter } from './queries/annotations.js';
import { breachAsOf } from './queries/corrected.js';
import type { BreachRecord, CommitmentRecord, ObjectionRecord, SubjectState } from './state.js';
import type { RecordTarget } from './values.js';

export { annotationsOf, isRevokedAt, isUnderObjectionAt, objectionOpenAt, openObjectionFor } from './queries/annotations.js';
export { breachAsOf, commitmentCheckAsOf, creditReportAsOf, reviewReportAsOf } from './queries/corrected.js';
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

/**
 * A9: breaches publicly disclosed at `at`, corrected as of `at`. Not disclosed: a minor-class
 * breach with 0 months (also when corrected to it), a subject who was a minor (A28), a repaired
 * breach (令第36号), a revoked one, one past its period.
 */
export function activeDisclosuresAt(state: SubjectState, at: string): readonly ActiveDisclosure[] {
  const today = shanghaiDateOf(at);
  return Object.values(state.breaches)
    .filter((b) => notAfter(b.recordedAt, at))
    .map((b) => breachAsOf(state, b, at))
    .filter(
      (b) =>
        b.disclosedThrough !== null &&
        !b.subjectMinorOnDecision &&
        b.decisionDate <= today &&
        today <= b.disclosedThrough &&
        (b.repairedAt === null || !notAfter(b.repairedAt, at)) &&
        !isRevokedAt(state, { kind: 'breach', id: b.breachId }, at),
    )
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

/** Objections not yet decided, oldest first. */
export function openObjections(state: SubjectState): readonly ObjectionRecord[] {
  return Object.values(state.objections)
    .filter((o) => o.decision === null)
    .sort((a, b) => compareInstants(a.filedAt, b.filedAt));
}

/** Commitments with no follow-up check recorded yet, oldest first. */
export function openCommitments(state: SubjectState): readonly CommitmentRecord[] {
  return Object.values(state.commitments)
    .filter((c) => c.check === null)
    .sort((a, b) => compareInstants(a.madeAt, b.madeAt));
}
