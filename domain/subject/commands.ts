/**
 * Every command on a credit subject. Each carries `now` (an ISO instant: the decider never
 * reads a clock) and the ids of what it creates. Facts owned by other aggregates (agency
 * standing, department participation, whether the subject was a minor) are looked up by the
 * application layer and arrive here as values.
 */
import type { AgencyStanding } from '../agency/standing.js';
import type { ReportArea, ReviewArea } from '../department/areas.js';
import type { CommandContext } from '../kernel/event.js';
import type { BreachClass } from '../rules/disclosure.js';
import type { CommitmentKind, Correction, ObjectionDecider, ObjectionOutcome, Pledges, RecordTarget } from './values.js';
import type { ReportCommissioner, ReportKind, ReportRef, ReportSections, ReportUser, RepairOutcome, ReviewConclusion } from './values.js';

/** A4. A person arrives already pseudonymised: no name, identity number or birth date (A28). */
export type SubjectToRegister =
  | { readonly kind: 'organisation'; readonly uscc: string; readonly name: string; readonly legalRepresentative?: string }
  | { readonly kind: 'person'; readonly subjectId: string; readonly divisionCode?: string };

export interface RegisterSubject extends CommandContext {
  readonly type: 'RegisterSubject';
  readonly subject: SubjectToRegister;
}

/** What a commitment letter contains (A6–A8, 国办发〔2019〕35号). */
export interface CommitmentTerms {
  readonly matter: string;
  readonly pledges: Pledges;
  readonly consentToPublication: boolean;
  readonly followUpCheckOn?: string | null;
}

export interface MakeCommitment extends CommandContext, CommitmentTerms {
  readonly type: 'MakeCommitment';
  readonly commitmentId: string;
  readonly kind: CommitmentKind;
  readonly departmentId: string;
}

/** The facts of a breach decision (A9); the recording department comes with the command. */
export interface BreachFacts {
  readonly breachId: string;
  readonly breachClass: BreachClass;
  readonly basisDocument: string;
  readonly decisionDate: string;
  readonly disclosureMonths: number;
  readonly summary: string;
  /** A28: looked up outside (the domain never sees a birth date). */
  readonly subjectMinorOnDecision: boolean;
}

export interface RecordCommitmentCheck extends CommandContext {
  readonly type: 'RecordCommitmentCheck';
  readonly commitmentId: string;
  readonly outcome: 'kept' | 'breached';
  readonly checkedOn: string;
  readonly departmentId: string;
  /** Required when breached (A9), absent when kept. */
  readonly breach?: BreachFacts;
}

export interface RecordBreach extends CommandContext, BreachFacts {
  readonly type: 'RecordBreach';
  readonly departmentId: string;
}

/** A13: a department may request only while it participates (a fact from the department aggregate). */
export type ReviewRequestedBy =
  | { readonly kind: 'subject' }
  | { readonly kind: 'department'; readonly departmentId: string; readonly departmentParticipates: boolean };

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
  /** A26: the agency of the credit report relied on exited for misconduct. */
  readonly agencyExitedForMisconduct?: boolean;
}

export interface FileObjection extends CommandContext {
  readonly type: 'FileObjection';
  readonly objectionId: string;
  readonly target: RecordTarget;
  readonly reason: string;
}

export interface ForwardObjection extends CommandContext {
  readonly type: 'ForwardObjection';
  readonly objectionId: string;
  readonly toDepartmentId: string;
}

export interface DecideObjection extends CommandContext {
  readonly type: 'DecideObjection';
  readonly objectionId: string;
  readonly decidedBy: ObjectionDecider;
  readonly outcome: ObjectionOutcome;
  /** Required for rejected and unresolved. */
  readonly reasons?: string;
  /** For corrected: field → new value (may be empty when the record is revoked). */
  readonly correction?: Correction;
  readonly revokesRecord?: boolean;
}

export interface ApplyForRepair extends CommandContext {
  readonly type: 'ApplyForRepair';
  readonly repairId: string;
  readonly breachId: string;
  readonly proofOfFulfilment: string;
  readonly repairCommitmentId: string;
  /** The repair commitment, made to the department that recorded the breach. */
  readonly repairCommitment: CommitmentTerms;
}

export interface DecideRepair extends CommandContext {
  readonly type: 'DecideRepair';
  readonly repairId: string;
  readonly departmentId: string;
  readonly outcome: RepairOutcome;
  /** Required when refused. */
  readonly reasons?: string;
}

export type SubjectCommand =
  | RegisterSubject
  | MakeCommitment
  | RecordCommitmentCheck
  | RecordBreach
  | RequestReview
  | IssueReviewReport
  | AmendReviewReport
  | FileCreditReport
  | RecordReportUse
  | RecordLoanCheck
  | FileObjection
  | ForwardObjection
  | DecideObjection
  | ApplyForRepair
  | DecideRepair;

export type SubjectCommandType = SubjectCommand['type'];
