import type { DomainError } from '../../kernel/domain-error.js';
import { ReportAgencyExitedForMisconductError, ReportExpiredError, ReportNotFoundError, ReportRevokedError } from '../errors.js';
import { get } from '../evolve/maps.js';
import { annotationsOf, isCreditReportValidAt, isReviewReportValidAt } from '../queries.js';
import type { SubjectState } from '../state.js';
import type { ReportRef } from '../values.js';
import type { SubjectPolicy } from '../policy.js';

/**
 * Whether a report can be relied on at `at`, or the refusal that says why not:
 * A14/A19 one-year validity, revocation after an objection, and (by policy) A26 misconduct exit.
 */
export function reportRefusal(
  state: SubjectState,
  ref: ReportRef,
  at: string,
  policy: SubjectPolicy,
  agencyExitedForMisconduct: boolean,
): DomainError | null {
  const { revokedAt } = annotationsOf(state, { kind: ref.kind, id: ref.reportId });
  if (ref.kind === 'review-report') {
    const review = get(state.reviews, ref.reportId);
    if (review === undefined || review.report === null) return new ReportNotFoundError(ref.kind, ref.reportId);
    if (revokedAt !== null) return new ReportRevokedError(ref.kind, ref.reportId, revokedAt);
    if (!isReviewReportValidAt(state, review, at)) return new ReportExpiredError(ref.kind, ref.reportId, review.report.validity.validThrough, at);
    return null;
  }
  const report = get(state.creditReports, ref.reportId);
  if (report === undefined) return new ReportNotFoundError(ref.kind, ref.reportId);
  if (revokedAt !== null) return new ReportRevokedError(ref.kind, ref.reportId, revokedAt);
  if (!isCreditReportValidAt(state, report, at)) return new ReportExpiredError(ref.kind, ref.reportId, report.validity.validThrough, at);
  if (agencyExitedForMisconduct && !policy.countReportsOfMisconductAgencies) return new ReportAgencyExitedForMisconductError(ref.reportId); // A26
  return null;
}

export function reportExists(state: SubjectState, ref: ReportRef): boolean {
  if (ref.kind === 'credit-report') return get(state.creditReports, ref.reportId) !== undefined;
  return (get(state.reviews, ref.reportId)?.report ?? null) !== null;
}
