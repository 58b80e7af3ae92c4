import { describe, it, expect } from '@jest/globals';
import type { AmendReviewReport, RequestReview } from '../../../domain/subject/commands.js';
import {
  ReportExpiredError,
  ReviewAlreadyCompletedError,
  ReviewDepartmentNotParticipatingError,
  ReviewDepartmentRequiredError,
  ReviewNotFoundError,
  ReviewReportNotIssuedError,
} from '../../../domain/subject/errors.js';
import type { ReviewReportAmendmentFlagged } from '../../../domain/subject/events.js';
import { issueReviewReport, requestReview } from './fixture-commands.js';
import { NOW, decided, decidedAfter, history, revoked, reviewReportIssued, reviewRequested, spec, stateOf } from './fixtures.js';

const request = requestReview;

const issue = issueReviewReport;

const amend = (extra: Partial<AmendReviewReport> = {}): AmendReviewReport => ({
  type: 'AmendReviewReport',
  now: NOW,
  reviewId: 'RV-1',
  conclusion: 'adverse-record-found',
  findings: ['general breach BR-1 (昆市监罚〔2026〕12号)'],
  reason: 'breach recorded after the report',
  requestedBy: 'subject',
  ...extra,
});

const flagged: ReviewReportAmendmentFlagged = {
  type: 'ReviewReportAmendmentFlagged',
  data: { reviewId: 'RV-1', causeEventType: 'BreachRecorded', causeId: 'BR-1', flaggedAt: '2026-02-20T10:00:00+08:00' },
};

describe('RequestReview (A10–A13)', () => {
  it('A10, A11: a review requested by the subject on Monday 2026-02-02 is due at the end of Monday 2026-02-09', () => {
    spec().given(history()).when(request()).then([reviewRequested()]);
  });

  it('A11: a review requested on 2025-09-26 is due at the end of 2025-10-10 (National Day, adjusted Sunday 09-28 counted)', () => {
    spec()
      .given(history())
      .when(request({ now: '2025-09-26T16:30:00+08:00' }))
      .thenEmits([{ data: { dueAt: '2025-10-10T23:59:59.999+08:00', dueDate: '2025-10-10', provisional: false } }]);
  });

  it('A11: a request received on a holiday (2026-02-16, Spring Festival) starts counting on the next working day: due Saturday 2026-02-28, an adjusted working day', () => {
    spec().given(history()).when(request({ now: '2026-02-16T11:00:00+08:00' })).thenEmits([{ data: { dueDate: '2026-02-28' } }]);
  });

  it('A11: a request received after midnight UTC but in the Shanghai evening is counted from its Shanghai date', () => {
    spec()
      .given(history())
      .when(request({ now: '2026-02-02T15:30:00Z' }))
      .thenEmits([{ data: { dueDate: '2026-02-09', receivedAt: '2026-02-02T15:30:00Z' } }]); // 23:30 in Kunshan on 02-02
  });

  it('A11: a deadline running into a year with no holiday notice loaded (2027) is marked provisional', () => {
    spec().given(history()).when(request({ now: '2026-12-30T10:00:00+08:00' })).thenEmits([{ data: { dueDate: '2027-01-06', provisional: true } }]);
  });

  it('A10, A13: a participating department may request a review; the review is for that department', () => {
    spec()
      .given(history())
      .when(request({ requestedBy: { kind: 'department', departmentId: 'DEP-FINANCE', departmentParticipates: true } }))
      .thenEmits([{ data: { requestedBy: { kind: 'department', departmentId: 'DEP-FINANCE' }, forDepartmentId: 'DEP-FINANCE' } }]);
  });

  it('A10, A13: the subject may name the participating department its review is for; it is recorded on the request', () => {
    spec()
      .given(history())
      .when(request({ requestedBy: { kind: 'subject', forDepartment: { departmentId: 'DEP-SCIENCE', departmentParticipates: true } } }))
      .thenEmits([{ data: { requestedBy: { kind: 'subject' }, forDepartmentId: 'DEP-SCIENCE' } }]);
  });

  it('A13: a review the subject asks for a department that does not participate is refused with REVIEW_DEPARTMENT_NOT_PARTICIPATING', () => {
    const command = request({ requestedBy: { kind: 'subject', forDepartment: { departmentId: 'DEP-X', departmentParticipates: false } } });
    spec().given(history()).when(command).thenThrows(ReviewDepartmentNotParticipatingError);
    spec().given(history()).when(command).thenRefuses({ article: 'A13', details: { departmentId: 'DEP-X' } });
  });

  it('A13: a review the subject asks for without naming the department it is for is refused with REVIEW_DEPARTMENT_REQUIRED', () => {
    const withoutDepartment = { kind: 'subject' } as unknown as RequestReview['requestedBy'];
    spec().given(history()).when(request({ requestedBy: withoutDepartment })).thenThrows(ReviewDepartmentRequiredError);
    const withNull = { kind: 'subject', forDepartment: null } as unknown as RequestReview['requestedBy'];
    spec().given(history()).when(request({ requestedBy: withNull })).thenRefuses({ code: 'REVIEW_DEPARTMENT_REQUIRED', article: 'A13' });
  });

  it('A13: a named department that is not an object, or whose participation is not a boolean, is invalid input', () => {
    spec().given(history()).when(request({ requestedBy: { kind: 'subject', forDepartment: 'DEP-FINANCE' as never } })).thenInvalid('OBJECT_REQUIRED');
    spec().given(history()).when(request({ requestedBy: { kind: 'subject', forDepartment: { departmentId: 'DEP-FINANCE', departmentParticipates: 'yes' as never } } })).thenInvalid('BOOLEAN');
  });

  it('A13: a named department without an id is invalid input (TEXT_REQUIRED)', () => {
    spec().given(history()).when(request({ requestedBy: { kind: 'subject', forDepartment: { departmentId: ' ', departmentParticipates: true } } })).thenInvalid('TEXT_REQUIRED');
  });

  it('A13: a department not participating is refused with REVIEW_DEPARTMENT_NOT_PARTICIPATING', () => {
    spec()
      .given(history())
      .when(request({ requestedBy: { kind: 'department', departmentId: 'DEP-X', departmentParticipates: false } }))
      .thenThrows(ReviewDepartmentNotParticipatingError);
  });

  it('A12: an area outside the five A12 areas (e.g. an A17 report area) is invalid input (ONE_OF), citing A12', () => {
    expect(spec().given(history()).when(request({ area: 'procurement-construction-land-tendering' as never })).thenInvalid('ONE_OF').article).toBe('A12');
  });

  it('A10: a review id already used is refused with RECORD_ID_ALREADY_USED', () => {
    spec().given(history(reviewRequested())).when(request()).thenThrows('RECORD_ID_ALREADY_USED');
  });
});

describe('IssueReviewReport (A10, A11, A14)', () => {
  it('A10, A14: a report issued in time on 2026-02-05 is valid through 2027-02-05', () => {
    spec().given(history(reviewRequested())).when(issue()).then([reviewReportIssued()]);
  });

  it('A11: a report issued after the due instant is accepted and marked late', () => {
    spec().given(history(reviewRequested())).when(issue({ now: '2026-02-10T00:00:00+08:00' })).thenEmits([{ data: { late: true } }]);
  });

  it('A11: a report issued at the very last millisecond of the 5th working day is not late', () => {
    spec().given(history(reviewRequested())).when(issue({ now: '2026-02-09T23:59:59.999+08:00' })).thenEmits([{ data: { late: false } }]);
  });

  it('A14: a report issued on 2024-02-29 is valid through 2025-02-28 (Civil Code arts. 201, 203)', () => {
    const given = decided(requestReview({ now: '2024-02-26T09:00:00+08:00' }));
    spec()
      .given(given)
      .when(issue({ now: '2024-02-29T10:00:00+08:00' }))
      .thenEmits([{ data: { issuedOn: '2024-02-29', validThrough: '2025-02-28', expiresAt: '2025-02-28T23:59:59.999+08:00' } }]);
  });

  it('A10: a review already answered is refused with REVIEW_ALREADY_COMPLETED', () => {
    spec().given(history(reviewRequested(), reviewReportIssued())).when(issue()).thenThrows(ReviewAlreadyCompletedError);
  });

  it('A10: answering an unknown review is refused with REVIEW_NOT_FOUND', () => {
    spec().given(history()).when(issue()).thenThrows(ReviewNotFoundError);
  });

  it('A10: a conclusion outside the stable codes is invalid input (ONE_OF)', () => {
    spec().given(history(reviewRequested())).when(issue({ conclusion: 'fine' as never })).thenInvalid('ONE_OF');
  });

  it('A10: findings that are not a list of texts are invalid input (TEXT_LIST)', () => {
    spec().given(history(reviewRequested())).when(issue({ findings: 'none' as never })).thenInvalid('TEXT_LIST');
  });
});

describe('AmendReviewReport (A14)', () => {
  it('A14: a valid report is amended; the amendment clears the needs-amendment flag and keeps the validity', () => {
    const given = history(reviewRequested(), reviewReportIssued(), flagged);
    spec().given(given).when(amend()).then([
      {
        type: 'ReviewReportAmended',
        data: { reviewId: 'RV-1', amendedAt: NOW, conclusion: 'adverse-record-found', findings: ['general breach BR-1 (昆市监罚〔2026〕12号)'], reason: 'breach recorded after the report', requestedBy: 'subject' },
      },
    ]);
    const before = stateOf(given).reviews['RV-1'].report;
    const after = stateOf(decidedAfter(given, amend())).reviews['RV-1'].report;
    expect(before?.needsAmendment).toBe(true);
    expect(after).toMatchObject({ needsAmendment: false, conclusion: 'adverse-record-found', amendedAt: NOW, validity: before?.validity });
  });

  it('A14: a report issued 2026-02-05 cannot be amended on 2027-02-06: REPORT_EXPIRED with the decided validThrough in the details', () => {
    const given = decided(requestReview(), issueReviewReport());
    const thrown = spec().given(given).when(amend({ now: '2027-02-06T00:00:00+08:00' })).thenRefuses();
    expect(thrown).toBeInstanceOf(ReportExpiredError);
    expect(thrown.details).toMatchObject({ validThrough: stateOf(given).reviews['RV-1'].report?.validity.validThrough });
    expect(thrown.details).toMatchObject({ validThrough: '2027-02-05' });
  });

  it('A14: a review report revoked after an objection cannot be amended: REPORT_REVOKED', () => {
    spec().given(history(reviewRequested(), reviewReportIssued(), revoked('review-report', 'RV-1', '2026-02-20T10:00:00+08:00'))).when(amend()).thenThrows('REPORT_REVOKED');
  });

  it('A14: a review with no report yet cannot be amended: REVIEW_REPORT_NOT_ISSUED', () => {
    spec().given(history(reviewRequested())).when(amend()).thenThrows(ReviewReportNotIssuedError);
  });

  it('A14: amending an unknown review is refused with REVIEW_NOT_FOUND', () => {
    spec().given(history()).when(amend()).thenThrows('REVIEW_NOT_FOUND');
  });

  it('A14: an amendment without a reason is invalid input (TEXT_REQUIRED)', () => {
    spec().given(history(reviewRequested(), reviewReportIssued())).when(amend({ reason: '' })).thenInvalid('TEXT_REQUIRED');
  });
});
