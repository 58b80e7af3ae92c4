import { REVIEW_AREAS } from '../../department/areas.js';
import { InvalidInputError } from '../../kernel/domain-error.js';
import type { WorkingDayCalendar } from '../../rules/calendar/working-day-calendar.js';
import { REVIEW_WORKING_DAYS, workingDayDeadline } from '../../rules/deadlines.js';
import { oneYearValidity } from '../../rules/validity.js';
import type { AmendReviewReport, IssueReviewReport, ParticipatingDepartment, RequestReview } from '../commands.js';
import {
  ReportExpiredError,
  ReportRevokedError,
  ReviewAlreadyCompletedError,
  ReviewDepartmentNotParticipatingError,
  ReviewDepartmentRequiredError,
  ReviewNotFoundError,
  ReviewReportNotIssuedError,
} from '../errors.js';
import type { ReviewReportAmended, ReviewReportIssued, ReviewRequested } from '../events.js';
import { get } from '../evolve/maps.js';
import { annotationsOf, isReviewReportValidAt } from '../queries.js';
import type { ReviewRecord, SubjectState } from '../state.js';
import { REVIEW_CONCLUSIONS, type ReviewRequester } from '../values.js';
import { requireOneOf, requireText } from '../../rules/input-checks.js';
import { isAfter, requireBoolean, requireNewId, requireNotBeforeRecord, requireObject, requireTextList } from './guards.js';

/**
 * A10–A12; A13: the department the review is for (the requesting one, or the one the subject
 * must name) must participate; A11: due 5 working days after receipt.
 */
export function requestReview(command: RequestReview, state: SubjectState, calendar: WorkingDayCalendar): readonly [ReviewRequested] {
  const reviewId = requireNewId(state.reviews, command.reviewId, 'review', 'reviewId', 'A10');
  const { requestedBy, forDepartmentId } = requester(command.requestedBy);
  const area = requireOneOf('area', command.area, REVIEW_AREAS, 'A12');
  const matter = requireText('matter', command.matter, 'A12');
  const { dueAt, dueDate, provisional } = workingDayDeadline(calendar, command.now, REVIEW_WORKING_DAYS); // A11
  return [{ type: 'ReviewRequested', data: { reviewId, requestedBy, forDepartmentId, area, matter, receivedAt: command.now, dueAt, dueDate, provisional } }];
}

function requester(requestedBy: RequestReview['requestedBy']): { requestedBy: ReviewRequester; forDepartmentId: string } {
  if (requestedBy?.kind === 'subject') {
    // A13 "accepted only for a department that takes part": the subject names it (decision).
    const named = requestedBy.forDepartment;
    if (named === undefined || named === null) throw new ReviewDepartmentRequiredError();
    return { requestedBy: { kind: 'subject' }, forDepartmentId: participating('requestedBy.forDepartment', requireObject('requestedBy.forDepartment', named, 'A13')) };
  }
  if (requestedBy?.kind !== 'department') {
    throw new InvalidInputError('requestedBy.kind', 'ONE_OF', 'a review is requested by the subject or a department', {}, 'A10');
  }
  const departmentId = participating('requestedBy', requestedBy);
  return { requestedBy: { kind: 'department', departmentId }, forDepartmentId: departmentId };
}

/** A13: the 28 pilot departments, and any added later, take part; others do not. */
function participating(field: string, department: ParticipatingDepartment): string {
  const departmentId = requireText(`${field}.departmentId`, department.departmentId, 'A13');
  if (!requireBoolean(`${field}.departmentParticipates`, department.departmentParticipates, 'A13')) throw new ReviewDepartmentNotParticipatingError(departmentId);
  return departmentId;
}

/** A10, A14: one report per review, valid one year; A11: a late report is accepted and marked late. */
export function issueReviewReport(command: IssueReviewReport, state: SubjectState): readonly [ReviewReportIssued] {
  const review = existingReview(state, command.reviewId);
  if (review.report !== null) throw new ReviewAlreadyCompletedError(review.reviewId, review.report.issuedAt);
  requireNotBeforeRecord('IssueReviewReport', `review request ${review.reviewId}`, review.receivedAt, command.now, 'A11'); // A11 counts from receipt
  const { issuedOn, validThrough, expiresAt } = oneYearValidity(command.now);
  return [{
    type: 'ReviewReportIssued',
    data: {
      reviewId: review.reviewId,
      conclusion: requireOneOf('conclusion', command.conclusion, REVIEW_CONCLUSIONS, 'A10'),
      findings: requireTextList('findings', command.findings, 'A10'),
      issuedAt: command.now,
      issuedOn,
      late: isAfter(command.now, review.dueAt),
      validThrough,
      expiresAt,
    },
  }];
}

/** A14: only a report still valid is amended; its validity stays as issued (decision). */
export function amendReviewReport(command: AmendReviewReport, state: SubjectState): readonly [ReviewReportAmended] {
  const review = existingReview(state, command.reviewId);
  if (review.report === null) throw new ReviewReportNotIssuedError(review.reviewId);
  const lastIssued = review.report.amendedAt ?? review.report.issuedAt;
  requireNotBeforeRecord('AmendReviewReport', `review report ${review.reviewId}`, lastIssued, command.now, 'A14');
  const { revokedAt } = annotationsOf(state, { kind: 'review-report', id: review.reviewId });
  if (revokedAt !== null) throw new ReportRevokedError('review-report', review.reviewId, revokedAt);
  if (!isReviewReportValidAt(state, review, command.now)) {
    throw new ReportExpiredError('review-report', review.reviewId, review.report.validity.validThrough, command.now);
  }
  return [{
    type: 'ReviewReportAmended',
    data: {
      reviewId: review.reviewId,
      amendedAt: command.now,
      conclusion: requireOneOf('conclusion', command.conclusion, REVIEW_CONCLUSIONS, 'A14'),
      findings: requireTextList('findings', command.findings, 'A14'),
      reason: requireText('reason', command.reason, 'A14'),
      requestedBy: requireOneOf('requestedBy', command.requestedBy, ['subject', 'center'] as const, 'A14'),
    },
  }];
}

function existingReview(state: SubjectState, id: unknown): ReviewRecord {
  const reviewId = requireText('reviewId', id, 'A10');
  const review = get(state.reviews, reviewId);
  if (review === undefined) throw new ReviewNotFoundError(reviewId);
  return review;
}
