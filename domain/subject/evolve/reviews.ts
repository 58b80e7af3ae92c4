import type { ReviewReportAmended, ReviewReportAmendmentFlagged, ReviewReportIssued, ReviewRequested } from '../events/reviews.js';
import type { ReviewReport, SubjectState } from '../state.js';
import { put, update } from './maps.js';

export function reviewRequested(state: SubjectState, { data }: ReviewRequested): SubjectState {
  // Schema 1 events written before forDepartmentId existed: a department's review is for itself.
  const forDepartmentId = data.forDepartmentId ?? (data.requestedBy.kind === 'department' ? data.requestedBy.departmentId : null);
  return { ...state, reviews: put(state.reviews, data.reviewId, { ...data, forDepartmentId, report: null }) };
}

export function reviewReportIssued(state: SubjectState, { data }: ReviewReportIssued): SubjectState {
  const { conclusion, findings, issuedAt, issuedOn, late, validThrough, expiresAt } = data;
  const report: ReviewReport = {
    conclusion, findings, issuedAt, late,
    validity: { issuedOn, validThrough, expiresAt },
    amendedAt: null,
    needsAmendment: false,
    amendmentCauses: [],
  };
  return { ...state, reviews: update(state.reviews, data.reviewId, (r) => ({ ...r, report })) };
}

/** A14: the flag stays until an amendment clears it. */
export function reviewReportAmendmentFlagged(state: SubjectState, { data }: ReviewReportAmendmentFlagged): SubjectState {
  const { causeEventType, causeId, flaggedAt } = data;
  return changeReport(state, data.reviewId, (report) => ({
    ...report,
    needsAmendment: true,
    amendmentCauses: [...report.amendmentCauses, { causeEventType, causeId, flaggedAt }],
  }));
}

/** A14: amended content; validity unchanged (decision). */
export function reviewReportAmended(state: SubjectState, { data }: ReviewReportAmended): SubjectState {
  const { conclusion, findings, amendedAt } = data;
  return changeReport(state, data.reviewId, (report) => ({ ...report, conclusion, findings, amendedAt, needsAmendment: false }));
}

function changeReport(state: SubjectState, reviewId: string, change: (report: ReviewReport) => ReviewReport): SubjectState {
  return {
    ...state,
    reviews: update(state.reviews, reviewId, (r) => (r.report === null ? r : { ...r, report: change(r.report) })),
  };
}
