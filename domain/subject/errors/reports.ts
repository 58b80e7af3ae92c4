import { DomainError, MissingRecordError } from '../../kernel/domain-error.js';

const articleOf = (reportKind: string): string => (reportKind === 'review-report' ? 'A14' : 'A19');

export class ReportNotFoundError extends MissingRecordError {
  constructor(reportKind: string, reportId: string) {
    super('REPORT_NOT_FOUND', `${reportKind} ${reportId} does not exist for this subject`, { reportKind, reportId }, articleOf(reportKind));
  }
}

/** A14 (review report), A19 (credit report): valid for one year only. */
export class ReportExpiredError extends DomainError {
  constructor(reportKind: 'credit-report' | 'review-report', reportId: string, validThrough: string, at: string) {
    super(
      'REPORT_EXPIRED',
      `${reportKind} ${reportId} is not valid at ${at}: valid from issue through ${validThrough}`,
      { reportKind, reportId, validThrough, at },
      articleOf(reportKind),
    );
  }
}

/** Objections: a record revoked after an objection no longer counts. */
export class ReportRevokedError extends DomainError {
  constructor(reportKind: string, reportId: string, revokedAt: string) {
    super('REPORT_REVOKED', `${reportKind} ${reportId} was revoked at ${revokedAt}`, { reportKind, reportId, revokedAt }, articleOf(reportKind));
  }
}

/** A20: only agencies whose filing was in force on the issue date. */
export class ReportAgencyNotFiledError extends DomainError {
  constructor(agencyId: string, issuedOn: string) {
    super('REPORT_AGENCY_NOT_FILED', `agency ${agencyId} was neither filed nor recognised on ${issuedOn} (A15, A20: 备案或认可)`, { agencyId, issuedOn }, 'A20');
  }
}

/** A26: a suspended agency issues no new reports. */
export class ReportAgencySuspendedError extends DomainError {
  constructor(agencyId: string, issuedOn: string) {
    super('REPORT_AGENCY_SUSPENDED', `agency ${agencyId} was suspended on ${issuedOn}`, { agencyId, issuedOn }, 'A26');
  }
}

/** A26: an agency that left the market issues no new reports. */
export class ReportAgencyExitedError extends DomainError {
  constructor(agencyId: string, issuedOn: string) {
    super('REPORT_AGENCY_EXITED', `agency ${agencyId} had exited the market by ${issuedOn}`, { agencyId, issuedOn }, 'A26');
  }
}

/** A26 with policy countReportsOfMisconductAgencies = false. */
export class ReportAgencyExitedForMisconductError extends DomainError {
  constructor(reportId: string) {
    super('REPORT_AGENCY_EXITED_FOR_MISCONDUCT', `credit report ${reportId} comes from an agency that exited for misconduct and is not counted`, { reportId }, 'A26');
  }
}

/** A19: a report's one year runs from its issue date, which cannot lie ahead. */
export class ReportIssuedInFutureError extends DomainError {
  constructor(issuedOn: string, today: string) {
    super('REPORT_ISSUED_IN_FUTURE', `a report issued on ${issuedOn} cannot be filed on ${today}`, { issuedOn, today }, 'A19');
  }
}

/** A18: every loan approval checks the PBOC credit reference system. */
export class LoanCheckPbocNotCheckedError extends DomainError {
  constructor(loanCheckId: string) {
    super('LOAN_CHECK_PBOC_NOT_CHECKED', `loan check ${loanCheckId} did not check the PBOC credit reference system`, { loanCheckId }, 'A18');
  }
}

/** A18: at or above the threshold the bank also relies on a valid review or credit report. */
export class LoanCheckRequiresValidReportError extends DomainError {
  constructor(loanCheckId: string, amountFen: number, thresholdFen: number, reason: string, reasonCode: string | null = null) {
    super(
      'LOAN_CHECK_REQUIRES_VALID_REPORT',
      `a loan of ${amountFen} fen (threshold ${thresholdFen} fen) needs a valid review or credit report: ${reason}`,
      { loanCheckId, amountFen, thresholdFen, reason, reasonCode },
      'A18',
    );
  }
}
