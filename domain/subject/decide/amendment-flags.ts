import type { ReviewReportAmendmentFlagged } from '../events.js';
import { isReviewReportValidAt } from '../queries.js';
import type { SubjectState } from '../state.js';

/**
 * A14: a material change while a review report is valid means the report should be amended.
 * One flag per review report valid at `now` (a corrected report itself is not flagged).
 */
export function amendmentFlags(
  state: SubjectState,
  now: string,
  causeEventType: 'BreachRecorded' | 'RecordCorrected',
  causeId: string,
  exceptReviewId: string | null = null,
): ReviewReportAmendmentFlagged[] {
  return Object.values(state.reviews)
    .filter((review) => review.reviewId !== exceptReviewId && isReviewReportValidAt(state, review, now))
    .map((review) => ({ type: 'ReviewReportAmendmentFlagged', data: { reviewId: review.reviewId, causeEventType, causeId, flaggedAt: now } }));
}
