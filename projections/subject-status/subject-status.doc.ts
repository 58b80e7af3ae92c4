/**
 * The document of the `subject-status` view (collection `subject_status`): one per subject (id = subjectId). Everything that
 * depends on the day asked ("valid now", "disclosed now", "overdue") is left to the read side:
 * the document stores the dates (validThrough, expiresAt, disclosedThrough, dueAt) to compare.
 */
import type { BreachClass } from '../../domain/rules/disclosure.js';
import type { CreditReportFiled } from '../../domain/subject/events.js';
import type { CommitmentKind, RecordTarget, ReviewConclusion } from '../../domain/subject/values.js';

/** What objections did to a record (SH-SCR arts. 36–38): marked while one is open, corrected or revoked after. */
export type RecordMarks = {
  readonly underObjection: boolean;
  readonly objectionUnresolved: boolean;
  readonly corrected: boolean;
  readonly revoked: boolean;
};

export type ReviewReportEntry = RecordMarks & {
  readonly reviewId: string;
  readonly issuedAt: string;
  readonly issuedOn: string;
  readonly validThrough: string;
  readonly expiresAt: string;
  readonly conclusion: ReviewConclusion;
  readonly late: boolean;
  /** A14: a material change arrived while valid; cleared by an amendment. */
  readonly needsAmendment: boolean;
  readonly amendedAt: string | null;
};

export type CreditReportEntry = RecordMarks & {
  readonly reportId: string;
  /** A26: the read side joins this with the agency registry for "agency exited for misconduct". */
  readonly agencyId: string;
  readonly rating: CreditReportFiled['data']['rating'];
  readonly issuedOn: string;
  readonly validThrough: string;
  readonly expiresAt: string;
};

export type BreachEntry = RecordMarks & {
  readonly breachId: string;
  readonly breachClass: BreachClass;
  readonly departmentId: string;
  readonly decisionDate: string;
  readonly disclosedThrough: string | null;
  readonly subjectMinorOnDecision: boolean;
  readonly repaired: boolean;
  /** A9/A28/令第36号: may be shown at all; "active" also needs decisionDate ≤ today ≤ disclosedThrough. */
  readonly publishable: boolean;
};

export type OpenReviewEntry = {
  readonly reviewId: string;
  readonly area: string;
  readonly matter: string;
  readonly receivedAt: string;
  readonly dueAt: string;
  readonly provisional: boolean;
};

export type OpenCommitmentEntry = {
  readonly commitmentId: string;
  readonly kind: CommitmentKind;
  readonly matter: string;
  readonly departmentId: string;
  readonly followUpCheckOn: string | null;
  readonly madeAt: string;
};

export type OpenObjectionEntry = {
  readonly objectionId: string;
  readonly target: RecordTarget;
  readonly filedAt: string;
  readonly centerDueAt: string;
  readonly forwardDueAt: string;
  readonly forwardedTo: string | null;
  readonly departmentDueAt: string | null;
  readonly provisional: boolean;
};

export type SubjectStatusDoc = {
  readonly subjectId: string;
  readonly kind: 'organisation' | 'person' | null;
  /** Organisations only; a person's name is in no event (A28). */
  readonly name: string | null;
  readonly uscc: string | null;
  readonly registeredAt: string | null;
  readonly reviewReports: readonly ReviewReportEntry[];
  readonly creditReports: readonly CreditReportEntry[];
  readonly breaches: readonly BreachEntry[];
  readonly openReviews: readonly OpenReviewEntry[];
  readonly openCommitments: readonly OpenCommitmentEntry[];
  readonly openObjections: readonly OpenObjectionEntry[];
  readonly flags: {
    /** A14: some review report not revoked is flagged for amendment. */
    readonly needsAmendment: boolean;
    /** An open review or objection has a deadline walked over a year with no holiday notice. */
    readonly provisionalCalendar: boolean;
  };
  readonly lastRecordedAt: string | null;
};

export const NO_MARKS: RecordMarks = { underObjection: false, objectionUnresolved: false, corrected: false, revoked: false };

export function emptySubjectStatus(subjectId: string): SubjectStatusDoc {
  return {
    subjectId,
    kind: null,
    name: null,
    uscc: null,
    registeredAt: null,
    reviewReports: [],
    creditReports: [],
    breaches: [],
    openReviews: [],
    openCommitments: [],
    openObjections: [],
    flags: { needsAmendment: false, provisionalCalendar: false },
    lastRecordedAt: null,
  };
}
