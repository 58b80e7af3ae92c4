import { describe, it, expect } from '@jest/globals';
import type { RecordLoanCheck } from '../../../domain/subject/commands.js';
import { LoanCheckPbocNotCheckedError, LoanCheckRequiresValidReportError, ReportNotFoundError } from '../../../domain/subject/errors.js';
import { DEFAULT_SUBJECT_POLICY } from '../../../domain/subject/decider.js';
import { fileCreditReport } from './fixture-commands.js';
import { NOW, creditReportFiled, decided, decidedAfter, history, reviewReportIssued, reviewRequested, spec } from './fixtures.js';

const THRESHOLD = DEFAULT_SUBJECT_POLICY.loanCheckThresholdFen;

const loanCheck = (extra: Partial<RecordLoanCheck> = {}): RecordLoanCheck => ({
  type: 'RecordLoanCheck',
  now: NOW,
  loanCheckId: 'LC-1',
  bankId: 'BANK-ICBC-KS',
  amountFen: THRESHOLD,
  pbocReferenceChecked: true,
  reliesOn: { kind: 'credit-report', reportId: 'CR-1' },
  agencyExitedForMisconduct: false,
  ...extra,
});

describe('RecordLoanCheck (A18 dual report)', () => {
  it('A18: the default threshold is CNY 10,000,000 in integer fen (decision)', () => {
    expect(THRESHOLD).toBe(1_000_000_000);
  });

  it('A18: a loan at the threshold relying on a valid credit report is recorded', () => {
    spec().given(history(creditReportFiled())).when(loanCheck()).then([
      {
        type: 'LoanCheckRecorded',
        data: {
          loanCheckId: 'LC-1',
          bankId: 'BANK-ICBC-KS',
          amountFen: THRESHOLD,
          pbocReferenceChecked: true,
          reliesOn: { kind: 'credit-report', reportId: 'CR-1' },
          agencyExitedForMisconduct: false,
          thresholdFen: THRESHOLD,
          dualReportRequired: true,
          checkedAt: NOW,
        },
      },
    ]);
  });

  it('A18: a loan above the threshold may rely on a valid review report instead', () => {
    spec()
      .given(history(reviewRequested(), reviewReportIssued()))
      .when(loanCheck({ amountFen: THRESHOLD + 1, reliesOn: { kind: 'review-report', reportId: 'RV-1' } }))
      .thenEmits([{ data: { dualReportRequired: true, reliesOn: { kind: 'review-report', reportId: 'RV-1' } } }]);
  });

  it('A18: a loan below the threshold needs only the PBOC check', () => {
    spec().given(history()).when(loanCheck({ amountFen: THRESHOLD - 1, reliesOn: null })).thenEmits([{ data: { dualReportRequired: false, reliesOn: null } }]);
  });

  it('A18: a loan check without the PBOC credit reference check is refused with LOAN_CHECK_PBOC_NOT_CHECKED', () => {
    spec().given(history(creditReportFiled())).when(loanCheck({ pbocReferenceChecked: false })).thenThrows(LoanCheckPbocNotCheckedError);
  });

  it('A18: a loan at the threshold naming no report is refused with LOAN_CHECK_REQUIRES_VALID_REPORT', () => {
    spec().given(history(creditReportFiled())).when(loanCheck({ reliesOn: null })).thenThrows(LoanCheckRequiresValidReportError);
  });

  it('A18, A19: a report issued 2026-01-20 is valid through 2027-01-20: relied on 2027-01-21, refused, the reason naming REPORT_EXPIRED', () => {
    const given = decided(fileCreditReport());
    const refusal = spec().given(given).when(loanCheck({ now: '2027-01-21T09:00:00+08:00' })).thenRefuses();
    expect(refusal.code).toBe('LOAN_CHECK_REQUIRES_VALID_REPORT');
    expect(refusal.details).toMatchObject({ reasonCode: 'REPORT_EXPIRED', thresholdFen: THRESHOLD });
    spec().given(given).when(loanCheck({ now: '2027-01-20T23:59:59.999+08:00' })).thenEmits([{ type: 'LoanCheckRecorded' }]);
  });

  it('A18: a loan at the threshold relying on an unknown report is refused with LOAN_CHECK_REQUIRES_VALID_REPORT', () => {
    spec().given(history()).when(loanCheck()).thenRefuses({ code: 'LOAN_CHECK_REQUIRES_VALID_REPORT', article: 'A18', details: { reasonCode: 'REPORT_NOT_FOUND' } });
  });

  it('A18, A26: with misconduct reports not counted, relying on one is refused with LOAN_CHECK_REQUIRES_VALID_REPORT', () => {
    spec({ countReportsOfMisconductAgencies: false })
      .given(history(creditReportFiled()))
      .when(loanCheck({ agencyExitedForMisconduct: true }))
      .thenThrows('LOAN_CHECK_REQUIRES_VALID_REPORT');
  });

  it('A18, A26: by default a report of an agency that exited for misconduct still counts, and the check records the flag', () => {
    spec()
      .given(history(creditReportFiled()))
      .when(loanCheck({ agencyExitedForMisconduct: true }))
      .thenEmits([{ data: { reliesOn: { kind: 'credit-report', reportId: 'CR-1' }, agencyExitedForMisconduct: true } }]);
  });

  it('A26: the misconduct flag is required: a loan check that does not state it is invalid input (BOOLEAN)', () => {
    spec().given(history(creditReportFiled())).when(loanCheck({ agencyExitedForMisconduct: undefined as never })).thenInvalid('BOOLEAN');
  });

  it('A26: a review report has no agency: a flag given with it is not recorded', () => {
    spec()
      .given(history(reviewRequested(), reviewReportIssued()))
      .when(loanCheck({ reliesOn: { kind: 'review-report', reportId: 'RV-1' }, agencyExitedForMisconduct: true }))
      .thenEmits([{ data: { agencyExitedForMisconduct: false } }]);
  });

  it('A18: below the threshold, a named report that does not exist is refused with REPORT_NOT_FOUND', () => {
    spec().given(history()).when(loanCheck({ amountFen: 100_00 })).thenThrows(ReportNotFoundError);
  });

  it('A18: the threshold is policy: with CNY 5,000,000 configured, a CNY 6,000,000 loan needs a report', () => {
    spec({ loanCheckThresholdFen: 500_000_000 }).given(history()).when(loanCheck({ amountFen: 600_000_000, reliesOn: null })).thenThrows('LOAN_CHECK_REQUIRES_VALID_REPORT');
  });

  it('A18: money is integer fen, never a float: 100.5 fen is invalid input (MONEY_FEN)', () => {
    spec().given(history()).when(loanCheck({ amountFen: 100.5, reliesOn: null })).thenInvalid('MONEY_FEN');
  });

  it('A18: a loan check id already used is refused with RECORD_ID_ALREADY_USED', () => {
    spec().given(decidedAfter(history(creditReportFiled()), loanCheck())).when(loanCheck()).thenThrows('RECORD_ID_ALREADY_USED');
  });
});
