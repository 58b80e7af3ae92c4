/** Credit reviews (A10–A14), credit reports and their uses (A15–A20, A25, A26, A29), loan checks (A18). */
import type { AgencyStanding } from '../../agency/standing.js';
import type { ReportArea, ReviewArea } from '../../department/areas.js';
import type { CommandContext } from '../../kernel/event.js';
import type { ReportCommissioner, ReportKind, ReportRef, ReportSections, ReportUser, ReviewConclusion } from '../values.js';

/** A13: a department takes part in credit review (a fact from the department aggregate). */
export interface ParticipatingDepartment {
  readonly departmentId: string;
  readonly departmentParticipates: boolean;
}

/**
 * A10: the subject or a department asks. A13: a requesting department must participate; a
 * subject must name the department the review is for (REVIEW_DEPARTMENT_REQUIRED otherwise),
 * which must participate as well.
 */
export type ReviewRequestedBy =
  | { readonly kind: 'subject'; readonly forDepartment: ParticipatingDepartment }
  | ({ readonly kind: 'department' } & ParticipatingDepartment);

export interface RequestReview extends CommandContext {
  readonly type: 'RequestReview';
  readonly reviewId: string;
  readonly requestedBy: ReviewRequestedBy;
  /** A12. */
  readonly area: ReviewArea;
  readonly matter: string;
}

export interface IssueReviewReport extends CommandContext {
  readonly type: 'IssueReviewReport';
  readonly reviewId: string;
  readonly conclusion: ReviewConclusion;
  readonly findings: readonly string[];
}

export interface AmendReviewReport extends CommandContext {
  readonly type: 'AmendReviewReport';
  readonly reviewId: string;
  readonly conclusion: ReviewConclusion;
  readonly findings: readonly string[];
  readonly reason: string;
  readonly requestedBy: 'subject' | 'center';
}

export interface FileCreditReport extends CommandContext {
  readonly type: 'FileCreditReport';
  readonly reportId: string;
  readonly agencyId: string;
  /** A20, A26: the agency's standing on the report's issue date. */
  readonly agencyStanding: AgencyStanding;
  readonly commissionedBy: ReportCommissioner;
  readonly issuedOn: string;
  /** A16: every section is named; a missing one is stored as null. */
  readonly sections: Partial<ReportSections>;
  readonly summary: string;
  readonly rating: string;
  readonly riskNotes: readonly string[];
}

export interface RecordReportUse extends CommandContext {
  readonly type: 'RecordReportUse';
  readonly useId: string;
  readonly reportKind: ReportKind;
  readonly reportId: string;
  readonly usedBy: ReportUser;
  /** A17 area for a credit report, A12 area for a review report. */
  readonly area: ReportArea | ReviewArea;
  readonly matter: string;
  /** A26: the issuing agency exited for misconduct (false for review reports). */
  readonly agencyExitedForMisconduct: boolean;
}

export interface RecordLoanCheck extends CommandContext {
  readonly type: 'RecordLoanCheck';
  readonly loanCheckId: string;
  readonly bankId: string;
  readonly amountFen: number;
  readonly pbocReferenceChecked: boolean;
  readonly reliesOn: ReportRef | null;
  /** A26: the agency of the credit report relied on exited for misconduct (false for a review report). */
  readonly agencyExitedForMisconduct: boolean;
}
