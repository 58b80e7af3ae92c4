import { appendItem, type FoldScope } from '../../kernel/fold-scope.js';
import type { ReviewReportAmended, ReviewReportAmendmentFlagged, ReviewReportIssued, ReviewRequested } from '../events/reviews.js';
import type { ReviewReport, SubjectState } from '../state.js';
import { put, update } from './maps.js';

export function reviewRequested(state: SubjectState, { data }: ReviewRequested, scope?: FoldScope): SubjectState {
  return { ...state, reviews: put(state.reviews, data.reviewId, { ...data, report: null }, scope) };
}

export function reviewReportIssued(state: SubjectState, { data }: ReviewReportIssued, scope?: FoldScope): SubjectState {
  const { conclusion, findings, issuedAt, issuedOn, late, validThrough, expiresAt } = data;
  const report: ReviewReport = {
    conclusion, findings, issuedAt, late,
    validity: { issuedOn, validThrough, expiresAt },
    amendedAt: null,
    needsAmendment: false,
    amendmentCauses: [],
  };
  return { ...state, reviews: update(state.reviews, data.reviewId, (r) => ({ ...r, report }), scope) };
}

/** A14: the flag stays until an amendment clears it. */
export function reviewReportAmendmentFlagged(state: SubjectState, { data }: ReviewReportAmendmentFlagged, scope?: FoldScope): SubjectState {
  const { causeEventType, causeId, flaggedAt } = data;
  return changeReport(state, data.reviewId, (report) => ({
    ...report,
    needsAmendment: true,
    amendmentCauses: appendItem(report.amendmentCauses, { causeEventType, causeId, flaggedAt }, scope),
  }), scope);
}

/** A14: amended content; validity unchanged (decision). */
export function reviewReportAmended(state: SubjectState, { data }: ReviewReportAmended, scope?: FoldScope): SubjectState {
  const { conclusion, findings, amendedAt } = data;
  return changeReport(state, data.reviewId, (report) => ({ ...report, conclusion, findings, amendedAt, needsAmendment: false }), scope);
}

function changeReport(state: SubjectState, reviewId: string, change: (report: ReviewReport) => ReviewReport, scope?: FoldScope): SubjectState {
  return {
    ...state,
    reviews: update(state.reviews, reviewId, (r) => (r.report === null ? r : { ...r, report: change(r.report) }), scope),
  };
}
