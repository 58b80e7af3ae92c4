/**
 * Pure questions about a folded subject, for decisions and for the status view. `at` is an
 * instant: the answer is what held then (a report counts only while valid, A14/A19).
 */
import { isValidAt } from '../rules/validity.js';
import { compareInstants, shanghaiDateOf } from '../rules/time.js';
import { get } from './evolve/maps.js';
import {
  NO_ANNOTATIONS,
  type BreachRecord,
  type CommitmentRecord,
  type CreditReportRecord,
  type ObjectionRecord,
  type RecordAnnotations,
  type ReviewRecord,
  type ReviewReport,
  type SubjectState,
} from './state.js';
import { targetKey, type RecordTarget } from './values.js';

export type IssuedReview = ReviewRecord & { readonly report: ReviewReport };

export interface ActiveDisclosure extends BreachRecord {
  readonly underObjection: boolean;
  /** An objection was decided "unresolved": the record and the objection are both shown. */
  readonly objectionUnresolved: boolean;
  readonly corrected: boolean;
}

const notAfter = (a: string, b: string): boolean => compareInstants(a, b) <= 0;
const latestFirst = (a: string, b: string): number => compareInstants(b, a);

export function annotationsOf(state: SubjectState, target: RecordTarget): RecordAnnotations {
  return get(state.annotations, targetKey(target)) ?? NO_ANNOTATIONS;
}

/** A record revoked after an objection (the record itself stays in the log). */
export function isRevokedAt(state: SubjectState, target: RecordTarget, at: string): boolean {
  const { revokedAt } = annotationsOf(state, target);
  return revokedAt !== null && notAfter(revokedAt, at);
}

/** The objection open against a record at `at`, if any. */
export function objectionOpenAt(state: SubjectState, target: RecordTarget, at: string): ObjectionRecord | null {
  const key = targetKey(target);
  return (
    Object.values(state.objections).find(
      (o) => targetKey(o.target) === key && notAfter(o.filedAt, at) && (o.decision === null || !notAfter(o.decision.decidedAt, at)),
    ) ?? null
  );
}

/** The objection currently open against a record (at most one: the decider allows no second). */
export function openObjectionFor(state: SubjectState, target: RecordTarget): ObjectionRecord | null {
  const key = targetKey(target);
  return Object.values(state.objections).find((o) => targetKey(o.target) === key && o.decision === null) ?? null;
}

/** A14: a review report issued by `at`, still within its year, not revoked. */
export function isReviewReportValidAt(state: SubjectState, review: ReviewRecord, at: string): review is IssuedReview {
  return (
    review.report !== null &&
    notAfter(review.report.issuedAt, at) &&
    isValidAt(review.report.validity, at) &&
    !isRevokedAt(state, { kind: 'review-report', id: review.reviewId }, at)
  );
}

/** A19: a credit report recorded by `at`, within its year from the issue date, not revoked. */
export function isCreditReportValidAt(state: SubjectState, report: CreditReportRecord, at: string): boolean {
  return notAfter(report.filedAt, at) && isValidAt(report.validity, at) && !isRevokedAt(state, { kind: 'credit-report', id: report.reportId }, at);
}

/** A14: the most recently issued review report valid at `at`, or null. */
export function validReviewReportAt(state: SubjectState, at: string): IssuedReview | null {
  const valid = Object.values(state.reviews).filter((r): r is IssuedReview => isReviewReportValidAt(state, r, at));
  return valid.sort((a, b) => latestFirst(a.report.issuedAt, b.report.issuedAt))[0] ?? null;
}

/** A19: the most recently issued credit report valid at `at`, or null. */
export function validCreditReportAt(state: SubjectState, at: string): CreditReportRecord | null {
  const valid = Object.values(state.creditReports).filter((r) => isCreditReportValidAt(state, r, at));
  return valid.sort((a, b) => b.validity.issuedOn.localeCompare(a.validity.issuedOn) || latestFirst(a.filedAt, b.filedAt))[0] ?? null;
}

/**
 * A9: breaches publicly disclosed at `at`. Not disclosed: a minor-class breach with 0 months,
 * a subject who was a minor (A28), a repaired breach (令第36号), a revoked one, one past its period.
 */
export function activeDisclosuresAt(state: SubjectState, at: string): readonly ActiveDisclosure[] {
  const today = shanghaiDateOf(at);
  return Object.values(state.breaches)
    .filter(
      (b) =>
        b.disclosedThrough !== null &&
        !b.subjectMinorOnDecision &&
        notAfter(b.recordedAt, at) &&
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
        underObjection: objectionOpenAt(state, target, at) !== null,
        objectionUnresolved: annotations.unresolvedObjectionIds.length > 0,
        corrected: annotations.corrections.length > 0,
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
