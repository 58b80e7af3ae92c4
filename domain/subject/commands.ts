/**
 * Every command on a credit subject. Each carries `now` (an ISO instant: the decider never
 * reads a clock) and the ids of what it creates. Facts owned by other aggregates (agency
 * standing, department participation, whether the subject was a minor) are looked up by the
 * application layer and arrive here as values.
 */
import type { BreachFacts, CommitmentTerms, MakeCommitment, RecordBreach, RecordCommitmentCheck, RegisterSubject, SubjectToRegister } from './commands/records.js';
import type { ApplyForRepair, DecideObjection, DecideRepair, FileObjection, ForwardObjection } from './commands/objections-repairs.js';
import type {
  AmendReviewReport,
  FileCreditReport,
  IssueReviewReport,
  ParticipatingDepartment,
  RecordLoanCheck,
  RecordReportUse,
  RequestReview,
  ReviewRequestedBy,
} from './commands/reviews-reports.js';

export type {
  SubjectToRegister,
  RegisterSubject,
  CommitmentTerms,
  MakeCommitment,
  BreachFacts,
  RecordCommitmentCheck,
  RecordBreach,
  ParticipatingDepartment,
  ReviewRequestedBy,
  RequestReview,
  IssueReviewReport,
  AmendReviewReport,
  FileCreditReport,
  RecordReportUse,
  RecordLoanCheck,
  FileObjection,
  ForwardObjection,
  DecideObjection,
  ApplyForRepair,
  DecideRepair,
};

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
