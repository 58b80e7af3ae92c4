import { DomainError, MissingRecordError } from '../../kernel/domain-error.js';

/** A13: only participating departments request reviews. */
export class ReviewDepartmentNotParticipatingError extends DomainError {
  constructor(departmentId: string) {
    super('REVIEW_DEPARTMENT_NOT_PARTICIPATING', `department ${departmentId} does not participate in credit review`, { departmentId }, 'A13');
  }
}

/** A13: a review is accepted only for a department that takes part, so a subject's own request names it. */
export class ReviewDepartmentRequiredError extends DomainError {
  constructor() {
    // Named by the request's field (forDepartmentId), not the command's internal path: the client fixes the body.
    super('REVIEW_DEPARTMENT_REQUIRED', "a subject's review request must name the participating department it is for in forDepartmentId", { field: 'forDepartmentId' }, 'A13');
  }
}

export class ReviewNotFoundError extends MissingRecordError {
  constructor(reviewId: string) {
    super('REVIEW_NOT_FOUND', `review ${reviewId} does not exist for this subject`, { reviewId }, 'A10');
  }
}

/** A10: one review, one report; later changes are amendments (A14). */
export class ReviewAlreadyCompletedError extends DomainError {
  constructor(reviewId: string, issuedAt: string) {
    super('REVIEW_ALREADY_COMPLETED', `review ${reviewId} was already answered at ${issuedAt}`, { reviewId, issuedAt }, 'A10');
  }
}

/** A14: only an issued report can be amended. */
export class ReviewReportNotIssuedError extends DomainError {
  constructor(reviewId: string) {
    super('REVIEW_REPORT_NOT_ISSUED', `review ${reviewId} has no report yet`, { reviewId }, 'A14');
  }
}
