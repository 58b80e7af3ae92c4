import type { DomainEvent } from '../../kernel/event.js';
import type { UsageArea } from '../../department/areas.js';
import type { EventSpec } from '../../kernel/event-catalogue.js';
import type { RatingGrade } from '../../rules/rating.js';
import type { ReportCommissioner, ReportRef, ReportSections, ReportUser } from '../values.js';

/** A15, A16, A19, A20: a filed agency's credit report about the subject, valid for one year. */
export type CreditReportFiled = DomainEvent<'CreditReportFiled', {
  readonly reportId: string;
  readonly agencyId: string;
  readonly commissionedBy: ReportCommissioner;
  readonly issuedOn: string;
  readonly sections: ReportSections;
  readonly summary: string;
  readonly rating: { readonly grade: RatingGrade; readonly modifier: '+' | '-' | null };
  readonly riskNotes: readonly string[];
  readonly validThrough: string;
  readonly expiresAt: string;
  readonly filedAt: string;
}>;

/** A17, A19, A25, A29: a department, bank or user organisation relied on a valid report for a matter. */
export type ReportUsed = DomainEvent<'ReportUsed', {
  readonly useId: string;
  readonly reportKind: 'credit-report' | 'review-report';
  readonly reportId: string;
  readonly usedBy: ReportUser;
  readonly area: UsageArea;
  readonly matter: string;
  readonly agencyExitedForMisconduct: boolean;
  readonly usedAt: string;
}>;

/** A18 dual report: a bank checked the PBOC reference system and, above the threshold, a valid report. */
export type LoanCheckRecorded = DomainEvent<'LoanCheckRecorded', {
  readonly loanCheckId: string;
  readonly bankId: string;
  readonly amountFen: number;
  readonly pbocReferenceChecked: boolean;
  readonly reliesOn: ReportRef | null;
  readonly agencyExitedForMisconduct: boolean;
  readonly thresholdFen: number;
  readonly dualReportRequired: boolean;
  readonly checkedAt: string;
}>;

export const REPORT_EVENT_SPECS: readonly EventSpec[] = [
  {
    type: 'CreditReportFiled',
    schemaVersion: 1,
    articles: ['A15', 'A16', 'A19', 'A20', 'A26'],
    description: 'A credit report by an agency filed (in force) on its issue date was recorded; valid for one year.',
    fields: {
      reportId: 'string — id of the report',
      agencyId: 'string — the issuing agency',
      commissionedBy: "{kind: 'subject'} | {kind: 'department', departmentId} (A15)",
      issuedOn: 'date — issue date; the agency was in force on it (A20)',
      sections: 'object — A16 named sections, each string | null: basicInformation, businessInformation, financialData, bankCreditRecords, contractPerformance, publicCreditSupervision, judicialCredit, otherInformation',
      summary: 'string — the summary (A16)',
      rating: "{grade: 'AAA'…'D', modifier: '+' | '-' | null} — credit rating (A16, docs/domain.md)",
      riskNotes: 'string[] — risk notes (A16)',
      validThrough: 'date — last valid day (A19, Civil Code arts. 201, 203)',
      expiresAt: 'instant — end of validThrough, Asia/Shanghai',
      filedAt: 'instant — when the report was recorded',
    },
  },
  {
    type: 'ReportUsed',
    schemaVersion: 1,
    articles: ['A12', 'A17', 'A19', 'A25', 'A26', 'A29'],
    description: 'A department, bank or user organisation used a valid credit report or review report for a matter.',
    fields: {
      useId: 'string — id of the use',
      reportKind: "'credit-report' | 'review-report'",
      reportId: 'string — the credit report id, or the review id of a review report',
      usedBy: "{kind: 'department' | 'bank' | 'organisation', id} — organisations per A29, counted apart",
      area: 'string — A17 area (credit report) or A12 area (review report)',
      matter: 'string — the matter it was used for',
      agencyExitedForMisconduct: 'boolean — the issuing agency has exited for misconduct: flagged, counted per policy (A26)',
      usedAt: 'instant — when the use was recorded',
    },
  },
  {
    type: 'LoanCheckRecorded',
    schemaVersion: 2,
    articles: ['A18', 'A26'],
    description: 'A bank recorded its dual-report check for a loan.',
    fields: {
      loanCheckId: 'string — id of the check',
      bankId: 'string — the lending bank',
      amountFen: 'integer — loan amount in fen (never a float)',
      pbocReferenceChecked: 'boolean — the PBOC credit reference system was checked (always true when recorded)',
      reliesOn: "{kind: 'credit-report' | 'review-report', reportId} | null — the report relied on",
      agencyExitedForMisconduct: 'boolean — the agency of the credit report relied on has exited for misconduct: flagged, counted per policy (A26)',
      thresholdFen: 'integer — the threshold in force for the decision (policy, decision)',
      dualReportRequired: 'boolean — amountFen ≥ thresholdFen, so a valid report was required',
      checkedAt: 'instant — when the check was recorded',
    },
  },
];
