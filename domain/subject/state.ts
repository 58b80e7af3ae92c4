/**
 * What the subject's decisions and its status view need, folded from its events.
 * Plain JSON-like objects keyed by id, so a state can be shown as it stood at any revision.
 */
import type { ReviewArea, UsageArea } from '../department/areas.js';
import type { BreachClass } from '../rules/disclosure.js';
import type { Validity } from '../rules/validity.js';
import type { CreditReportFiled } from './events/reports.js';
import type {
  CommitmentKind,
  CorrectedValues,
  ObjectionDecider,
  ObjectionOutcome,
  Pledges,
  RecomputedDisclosure,
  RecordTarget,
  ReportCommissioner,
  ReportRef,
  ReportUser,
  RepairOutcome,
  ReviewConclusion,
  ReviewRequester,
} from './values.js';

export type ById<T> = Readonly<Record<string, T>>;

export interface Registration {
  readonly subjectId: string;
  readonly kind: 'organisation' | 'person';
  readonly uscc: string | null;
  readonly name: string | null;
  readonly legalRepresentative: string | null;
  readonly divisionCode: string | null;
  readonly usccWarnings: readonly string[];
  readonly registeredAt: string;
}

export interface CommitmentRecord {
  readonly commitmentId: string;
  readonly kind: CommitmentKind;
  readonly matter: string;
  readonly departmentId: string;
  readonly pledges: Pledges;
  readonly consentToPublication: boolean;
  readonly followUpCheckOn: string | null;
  readonly madeAt: string;
  /** The check in force: the latest recorded (an earlier one was revoked, or none could follow it). */
  readonly check: CommitmentCheck | null;
  /** A8, SH-SCR art. 38: checks revoked after an objection and followed by a new one, oldest first. */
  readonly earlierChecks: readonly EarlierCommitmentCheck[];
}

/** A revoked check, kept with what objections said about it while it was the check in force. */
export interface EarlierCommitmentCheck {
  readonly check: CommitmentCheck;
  readonly annotations: RecordAnnotations;
}

export interface CommitmentCheck {
  readonly outcome: 'kept' | 'breached';
  readonly checkedOn: string;
  readonly departmentId: string;
  readonly breachId: string | null;
  readonly recordedAt: string;
}

export interface BreachRecord {
  readonly breachId: string;
  readonly departmentId: string;
  readonly breachClass: BreachClass;
  readonly basisDocument: string;
  readonly decisionDate: string;
  readonly disclosureMonths: number;
  readonly disclosedThrough: string | null;
  readonly repairPossibleFrom: string;
  readonly commitmentId: string | null;
  readonly summary: string;
  readonly subjectMinorOnDecision: boolean;
  readonly recordedAt: string;
  readonly pendingRepairId: string | null;
  /** Instant an approved repair ended disclosure and sharing for new decisions. */
  readonly repairedAt: string | null;
  /** The repair whose approval set `repairedAt` (its decision can be revoked after an objection). */
  readonly repairedBy: string | null;
}

export interface ReviewReport {
  readonly conclusion: ReviewConclusion;
  readonly findings: readonly string[];
  readonly issuedAt: string;
  readonly late: boolean;
  readonly validity: Validity;
  readonly amendedAt: string | null;
  /** A14: a material change arrived while valid; cleared by an amendment. */
  readonly needsAmendment: boolean;
  readonly amendmentCauses: readonly { readonly causeEventType: string; readonly causeId: string; readonly flaggedAt: string }[];
}

export interface ReviewRecord {
  readonly reviewId: string;
  readonly requestedBy: ReviewRequester;
  /** A13: the participating department the review is for, if known. */
  readonly forDepartmentId: string | null;
  readonly area: ReviewArea;
  readonly matter: string;
  readonly receivedAt: string;
  readonly dueAt: string;
  readonly dueDate: string;
  readonly provisional: boolean;
  readonly report: ReviewReport | null;
}

export interface CreditReportRecord {
  readonly reportId: string;
  readonly agencyId: string;
  readonly commissionedBy: ReportCommissioner;
  readonly sections: CreditReportFiled['data']['sections'];
  readonly summary: string;
  readonly rating: CreditReportFiled['data']['rating'];
  readonly riskNotes: readonly string[];
  readonly validity: Validity;
  readonly filedAt: string;
}

export interface ReportUseRecord {
  readonly useId: string;
  readonly report: ReportRef;
  readonly usedBy: ReportUser;
  readonly area: UsageArea;
  readonly matter: string;
  readonly usedAt: string;
}

export interface LoanCheckRecord {
  readonly loanCheckId: string;
  readonly bankId: string;
  readonly amountFen: number;
  readonly reliesOn: ReportRef | null;
  readonly agencyExitedForMisconduct: boolean;
  readonly dualReportRequired: boolean;
  readonly checkedAt: string;
}

export interface ObjectionRecord {
  readonly objectionId: string;
  readonly target: RecordTarget;
  readonly reason: string;
  readonly filedAt: string;
  readonly centerDueAt: string;
  readonly forwardDueAt: string;
  readonly forwarded: { readonly toDepartmentId: string; readonly forwardedAt: string; readonly late: boolean; readonly departmentDueAt: string } | null;
  readonly decision: { readonly decidedBy: ObjectionDecider; readonly outcome: ObjectionOutcome; readonly reasons: string | null; readonly decidedAt: string; readonly late: boolean } | null;
}

/** One correction of a record, in stream order; views apply it from `correctedAt` on. */
export interface CorrectionEntry {
  readonly objectionId: string;
  readonly correction: CorrectedValues;
  readonly recomputed: RecomputedDisclosure | null;
  readonly correctedAt: string;
}

/** What objections did to one record (keyed by `targetKey`): the record itself is never changed. */
export interface RecordAnnotations {
  readonly corrections: readonly CorrectionEntry[];
  readonly revokedAt: string | null;
  /** For a revoked breach: disclosure ends by this date at the latest (3 working days). */
  readonly disclosureEndsBy: string | null;
  /** Objections decided "unresolved": the record and the objection are both shown. */
  readonly unresolvedObjectionIds: readonly string[];
}

export interface RepairRecord {
  readonly repairId: string;
  readonly breachId: string;
  readonly departmentId: string;
  readonly proofOfFulfilment: string;
  readonly repairCommitmentId: string;
  readonly appliedAt: string;
  readonly decision: { readonly outcome: RepairOutcome; readonly reasons: string | null; readonly decidedAt: string } | null;
}

export interface SubjectState {
  readonly registration: Registration | null;
  readonly commitments: ById<CommitmentRecord>;
  readonly breaches: ById<BreachRecord>;
  readonly reviews: ById<ReviewRecord>;
  readonly creditReports: ById<CreditReportRecord>;
  readonly reportUses: ById<ReportUseRecord>;
  readonly loanChecks: ById<LoanCheckRecord>;
  readonly objections: ById<ObjectionRecord>;
  readonly annotations: ById<RecordAnnotations>;
  readonly repairs: ById<RepairRecord>;
}

export const INITIAL_SUBJECT_STATE: SubjectState = {
  registration: null,
  commitments: {},
  breaches: {},
  reviews: {},
  creditReports: {},
  reportUses: {},
  loanChecks: {},
  objections: {},
  annotations: {},
  repairs: {},
};

export const NO_ANNOTATIONS: RecordAnnotations = { corrections: [], revokedAt: null, disclosureEndsBy: null, unresolvedObjectionIds: [] };
