/**
 * Which review report (A14) and credit report (A19) the subject holds at an instant: valid for one
 * year, not revoked, shown with its corrections in force and whether it is under objection.
 */
import { isValidAt } from '../../rules/validity.js';
import { compareInstants } from '../../rules/time.js';
import type { CreditReportRecord, ReviewRecord, ReviewReport, SubjectState } from '../state.js';
import { isRevokedAt, isUnderObjectionAt, notAfter } from './annotations.js';
import { creditReportAsOf, reviewReportAsOf } from './corrected.js';

export type IssuedReview = ReviewRecord & { readonly report: ReviewReport };

/** A review with its report as it stands at the asked instant. */
export type ValidReviewReport = IssuedReview & {
  /** SH-SCR arts. 36–38: an objection against the report is open. */
  readonly underObjection: boolean;
};

/** A credit report as it stands at the asked instant. */
export type ValidCreditReport = CreditReportRecord & {
  readonly underObjection: boolean;
  /** A26: its agency exited for misconduct (known only when the caller gives those agencies). */
  readonly flaggedAgencyExitedForMisconduct: boolean;
};

const latestFirst = (a: string, b: string): number => compareInstants(b, a);
const NONE: ReadonlySet<string> = new Set();

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

/** A14: the most recently issued review report valid at `at`, corrected as of `at`, or null. */
export function validReviewReportAt(state: SubjectState, at: string): ValidReviewReport | null {
  const valid = Object.values(state.reviews).filter((r): r is IssuedReview => isReviewReportValidAt(state, r, at));
  const latest = valid.sort((a, b) => latestFirst(a.report.issuedAt, b.report.issuedAt))[0];
  if (latest === undefined) return null;
  return {
    ...latest,
    report: reviewReportAsOf(state, latest.reviewId, latest.report, at),
    underObjection: isUnderObjectionAt(state, { kind: 'review-report', id: latest.reviewId }, at),
  };
}

/** A19: every credit report valid at `at`, latest issue first, corrected as of `at`; A26: flagged by agency. */
export function validCreditReportsAt(state: SubjectState, at: string, agenciesExitedForMisconduct: ReadonlySet<string> = NONE): readonly ValidCreditReport[] {
  return Object.values(state.creditReports)
    .filter((r) => isCreditReportValidAt(state, r, at))
    .sort((a, b) => b.validity.issuedOn.localeCompare(a.validity.issuedOn) || latestFirst(a.filedAt, b.filedAt))
    .map((r) => ({
      ...creditReportAsOf(state, r, at),
      underObjection: isUnderObjectionAt(state, { kind: 'credit-report', id: r.reportId }, at),
      flaggedAgencyExitedForMisconduct: agenciesExitedForMisconduct.has(r.agencyId),
    }));
}

/** A19: the most recently issued credit report valid at `at`, or null. */
export function validCreditReportAt(state: SubjectState, at: string, agenciesExitedForMisconduct?: ReadonlySet<string>): ValidCreditReport | null {
  return validCreditReportsAt(state, at, agenciesExitedForMisconduct)[0] ?? null;
}
