import { describe, it, expect } from '@jest/globals';
import type { RecordReportUse } from '../../../domain/subject/commands.js';
import { ReportAgencyExitedForMisconductError, ReportExpiredError, ReportNotFoundError, ReportRevokedError } from '../../../domain/subject/errors.js';
import { fileCreditReport, issueReviewReport, recordReportUse, requestReview } from './fixture-commands.js';
import { NOW, creditReportFiled, decided, decidedAfter, history, revoked, reviewReportIssued, reviewRequested, spec } from './fixtures.js';

const use = (extra: Partial<RecordReportUse> = {}): RecordReportUse => recordReportUse({ now: NOW, ...extra });


describe('RecordReportUse (A17, A19, A25, A26, A29)', () => {
  it('A17, A19, A25: a department uses a valid credit report for a tender', () => {
    spec().given(history(creditReportFiled())).when(use()).then([
      {
        type: 'ReportUsed',
        data: {
          useId: 'US-1',
          reportKind: 'credit-report',
          reportId: 'CR-1',
          usedBy: { kind: 'department', id: 'DEP-FINANCE' },
          area: 'procurement-construction-land-tendering',
          matter: 'tender 2026-017',
          agencyExitedForMisconduct: false,
          usedAt: NOW,
        },
      },
    ]);
  });

  it('A12, A14: a review report is used in an A12 area by a bank', () => {
    spec()
      .given(history(reviewRequested(), reviewReportIssued()))
      .when(use({ reportKind: 'review-report', reportId: 'RV-1', area: 'fiscal-funds-policy-loans', usedBy: { kind: 'bank', id: 'BANK-ICBC-KS' } }))
      .thenEmits([{ data: { reportKind: 'review-report', reportId: 'RV-1', usedBy: { kind: 'bank', id: 'BANK-ICBC-KS' } } }]);
  });

  it('A29: a user organisation (a chamber of commerce) may record a use, counted apart', () => {
    spec()
      .given(history(creditReportFiled()))
      .when(use({ usedBy: { kind: 'organisation', id: 'ORG-KS-CHAMBER' }, area: 'other' }))
      .thenEmits([{ data: { usedBy: { kind: 'organisation', id: 'ORG-KS-CHAMBER' } } }]);
  });

  it('A19: a report may be reused within its year: a second use is recorded too', () => {
    spec()
      .given(decidedAfter(history(creditReportFiled()), use()))
      .when(use({ useId: 'US-2', matter: 'tender 2026-018' }))
      .thenEmits([{ data: { useId: 'US-2', reportId: 'CR-1' } }]);
  });

  it('A19: a credit report issued 2026-01-20, used on 2027-01-21 (the day after its last valid day), is refused with REPORT_EXPIRED', () => {
    spec().given(decided(fileCreditReport())).when(use({ now: '2027-01-21T00:00:00+08:00' })).thenThrows(ReportExpiredError);
  });

  it('A19: a credit report issued 2026-01-20 is still usable at the last instant of 2027-01-20', () => {
    spec().given(decided(fileCreditReport())).when(use({ now: '2027-01-20T23:59:59.999+08:00' })).thenEmits([{ type: 'ReportUsed' }]);
  });

  it('A14: a review report issued 2026-02-05, used on 2027-02-06, is refused with REPORT_EXPIRED', () => {
    spec()
      .given(decided(requestReview(), issueReviewReport()))
      .when(use({ now: '2027-02-06T08:00:00+08:00', reportKind: 'review-report', reportId: 'RV-1', area: 'fiscal-funds-policy-loans' }))
      .thenThrows('REPORT_EXPIRED');
  });

  it('A19: an unknown report is refused with REPORT_NOT_FOUND', () => {
    spec().given(history()).when(use()).thenThrows(ReportNotFoundError);
  });

  it('A10: a review with no report yet cannot be used: REPORT_NOT_FOUND', () => {
    spec().given(history(reviewRequested())).when(use({ reportKind: 'review-report', reportId: 'RV-1', area: 'fiscal-funds-policy-loans' })).thenThrows('REPORT_NOT_FOUND');
  });

  it('A19: a report revoked after an objection is refused with REPORT_REVOKED', () => {
    spec().given(history(creditReportFiled(), revoked('credit-report', 'CR-1', '2026-02-27T10:00:00+08:00'))).when(use()).thenThrows(ReportRevokedError);
  });

  it('A26: by default a report of an agency that exited for misconduct is counted, and flagged in the event', () => {
    spec().given(history(creditReportFiled())).when(use({ agencyExitedForMisconduct: true })).thenEmits([{ data: { agencyExitedForMisconduct: true } }]);
  });

  it('A26: with countReportsOfMisconductAgencies off, such a report is refused with REPORT_AGENCY_EXITED_FOR_MISCONDUCT', () => {
    spec({ countReportsOfMisconductAgencies: false })
      .given(history(creditReportFiled()))
      .when(use({ agencyExitedForMisconduct: true }))
      .thenThrows(ReportAgencyExitedForMisconductError);
  });

  it('A17: a credit report used in an A12-only area is invalid input (ONE_OF), citing A17', () => {
    expect(spec().given(history(creditReportFiled())).when(use({ area: 'fiscal-funds-policy-loans' })).thenInvalid('ONE_OF').article).toBe('A17');
  });

  it('A26: for a credit report the misconduct flag is required: a use that does not state it is invalid input (BOOLEAN)', () => {
    spec().given(history(creditReportFiled())).when(use({ agencyExitedForMisconduct: undefined as never })).thenInvalid('BOOLEAN');
  });

  it('A25: a use id already used is refused with RECORD_ID_ALREADY_USED', () => {
    spec().given(decidedAfter(history(creditReportFiled()), use())).when(use()).thenThrows('RECORD_ID_ALREADY_USED');
  });
});
