/**
 * Commands whose defaults decide exactly the fixture events of `fixtures.ts` (the consistency
 * spec proves it), so a `given` can be built with `decided(...)` from values the decider computed.
 */
import type { AgencyStanding } from '../../../domain/agency/standing.js';
import type {
  ApplyForRepair,
  DecideObjection,
  DecideRepair,
  FileCreditReport,
  FileObjection,
  ForwardObjection,
  IssueReviewReport,
  MakeCommitment,
  RecordBreach,
  RecordCommitmentCheck,
  RecordLoanCheck,
  RecordReportUse,
  RegisterSubject,
  RequestReview,
} from '../../../domain/subject/commands.js';

export const ALL_PLEDGES = { ownCreditStatus: true, truthfulMaterials: true, acceptsLiability: true, acceptsSupervision: true, compliesWithLaw: true };

/** AG-17's standing on 2026-01-20, the issue date of `fileCreditReport()`. */
export const AGENCY_IN_FORCE: AgencyStanding = { agencyId: 'AG-17', on: '2026-01-20', status: 'in-force', filedOn: '2025-06-01', exitReason: null, exitedOn: null, level: 'city' };

/** → `registered`. */
export const registerOrganisation = (extra: Partial<RegisterSubject> = {}): RegisterSubject => ({
  type: 'RegisterSubject',
  now: '2026-01-05T09:00:00+08:00',
  subject: { kind: 'organisation', uscc: '91320583722291823U', name: '昆山示例精密机械有限公司' },
  ...extra,
});

/** → `commitmentMade()`. */
export const makeCommitment = (extra: Partial<MakeCommitment> = {}): MakeCommitment => ({
  type: 'MakeCommitment',
  now: '2026-02-02T10:00:00+08:00',
  commitmentId: 'CM-1',
  kind: 'approval-replacing',
  departmentId: 'DEP-HOUSING',
  matter: 'construction permit',
  pledges: ALL_PLEDGES,
  consentToPublication: true,
  followUpCheckOn: '2026-06-01',
  ...extra,
});

export const checkCommitment = (extra: Partial<RecordCommitmentCheck> = {}): RecordCommitmentCheck => ({
  type: 'RecordCommitmentCheck',
  now: '2026-02-20T10:00:00+08:00',
  commitmentId: 'CM-1',
  outcome: 'kept',
  checkedOn: '2026-02-20',
  departmentId: 'DEP-HOUSING',
  ...extra,
});

/** → `breachRecorded()`. */
export const recordBreach = (extra: Partial<RecordBreach> = {}): RecordBreach => ({
  type: 'RecordBreach',
  now: '2026-01-16T09:00:00+08:00',
  breachId: 'BR-1',
  departmentId: 'DEP-MARKET',
  breachClass: 'general',
  basisDocument: '昆市监罚〔2026〕12号',
  decisionDate: '2026-01-15',
  disclosureMonths: 6,
  summary: 'failed to keep a quality pledge',
  subjectMinorOnDecision: false,
  ...extra,
});

/** → `reviewRequested()`: the subject asks, for the finance bureau (a pilot department, A13). */
export const requestReview = (extra: Partial<RequestReview> = {}): RequestReview => ({
  type: 'RequestReview',
  now: '2026-02-02T09:00:00+08:00',
  reviewId: 'RV-1',
  requestedBy: { kind: 'subject', forDepartment: { departmentId: 'DEP-FINANCE', departmentParticipates: true } },
  area: 'fiscal-funds-policy-loans',
  matter: 'technology subsidy 2026',
  ...extra,
});

/** → `reviewReportIssued()`. */
export const issueReviewReport = (extra: Partial<IssueReviewReport> = {}): IssueReviewReport => ({
  type: 'IssueReviewReport',
  now: '2026-02-05T15:00:00+08:00',
  reviewId: 'RV-1',
  conclusion: 'no-adverse-record',
  findings: [],
  ...extra,
});

/** → `creditReportFiled()`. */
export const fileCreditReport = (extra: Partial<FileCreditReport> = {}): FileCreditReport => ({
  type: 'FileCreditReport',
  now: '2026-01-21T10:00:00+08:00',
  reportId: 'CR-1',
  agencyId: 'AG-17',
  agencyStanding: AGENCY_IN_FORCE,
  commissionedBy: { kind: 'subject' },
  issuedOn: '2026-01-20',
  sections: { basicInformation: 'registered 2001' },
  summary: 'sound',
  rating: 'AA+',
  riskNotes: [],
  ...extra,
});

export const recordReportUse = (extra: Partial<RecordReportUse> = {}): RecordReportUse => ({
  type: 'RecordReportUse',
  now: '2026-03-02T10:00:00+08:00',
  useId: 'US-1',
  reportKind: 'credit-report',
  reportId: 'CR-1',
  usedBy: { kind: 'department', id: 'DEP-FINANCE' },
  area: 'procurement-construction-land-tendering',
  matter: 'tender 2026-017',
  agencyExitedForMisconduct: false,
  ...extra,
});

export const recordLoanCheck = (extra: Partial<RecordLoanCheck> = {}): RecordLoanCheck => ({
  type: 'RecordLoanCheck',
  now: '2026-02-20T10:00:00+08:00',
  loanCheckId: 'LC-1',
  bankId: 'BANK-1',
  amountFen: 100_00,
  pbocReferenceChecked: true,
  reliesOn: null,
  agencyExitedForMisconduct: false,
  ...extra,
});

/** → `objectionFiled()`: filed on holiday Monday 2026-02-23 against BR-1. */
export const fileObjection = (extra: Partial<FileObjection> = {}): FileObjection => ({
  type: 'FileObjection',
  now: '2026-02-23T10:00:00+08:00',
  objectionId: 'OB-1',
  target: { kind: 'breach', id: 'BR-1' },
  reason: 'the fine was paid before the decision',
  ...extra,
});

export const forwardObjection = (extra: Partial<ForwardObjection> = {}): ForwardObjection => ({
  type: 'ForwardObjection',
  now: '2026-02-25T16:00:00+08:00',
  objectionId: 'OB-1',
  toDepartmentId: 'DEP-MARKET',
  ...extra,
});

export const decideObjection = (extra: Partial<DecideObjection> = {}): DecideObjection => ({
  type: 'DecideObjection',
  now: '2026-02-27T10:00:00+08:00',
  objectionId: 'OB-1',
  decidedBy: { kind: 'center' },
  outcome: 'rejected',
  reasons: 'the payment came after the decision date',
  ...extra,
});

/** → `[CommitmentMade (repair), repairApplied()]`. */
export const applyForRepair = (extra: Partial<ApplyForRepair> = {}): ApplyForRepair => ({
  type: 'ApplyForRepair',
  now: '2026-04-20T10:00:00+08:00',
  repairId: 'RP-1',
  breachId: 'BR-1',
  proofOfFulfilment: 'payment receipt 2026-04-01',
  repairCommitmentId: 'CM-R1',
  repairCommitment: { matter: 'credit repair of BR-1', pledges: ALL_PLEDGES, consentToPublication: true, followUpCheckOn: null },
  ...extra,
});

export const decideRepair = (extra: Partial<DecideRepair> = {}): DecideRepair => ({
  type: 'DecideRepair',
  now: '2026-04-24T10:00:00+08:00',
  repairId: 'RP-1',
  departmentId: 'DEP-MARKET',
  outcome: 'approved',
  ...extra,
});
