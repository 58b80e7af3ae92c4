/** The shapes of the auditor's routes the subject page reads (docs/api.md, "The auditor's routes"). */
export interface Actor {
  readonly kind: string;
  readonly id: string;
  readonly department: string | null;
}

export interface HistoryEntry {
  readonly revision: number;
  readonly position: number;
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly who: Actor;
  readonly when: string;
  readonly why: { readonly command: string | null };
  /** The articles of the measure the event type serves (from the event catalogue). */
  readonly articles?: readonly string[];
}

export interface HistoryPage {
  readonly items: readonly HistoryEntry[];
  readonly nextRevision: number | null;
}

export interface Section<R> {
  readonly count: number;
  readonly items: readonly { readonly id: string; readonly record: R }[];
  readonly nextCursor: string | null;
}

export interface Validity {
  readonly issuedOn: string;
  readonly validThrough: string;
  readonly expiresAt: string;
}

export interface ReviewRecord {
  readonly reviewId: string;
  readonly receivedAt: string;
  readonly dueAt: string;
  readonly dueDate: string;
  readonly provisional: boolean;
  readonly matter: string;
  readonly forDepartmentId: string;
  readonly report: null | { readonly issuedAt: string; readonly late: boolean; readonly conclusion: string; readonly validity: Validity; readonly needsAmendment: boolean };
}

export interface CreditReportRecord {
  readonly reportId: string;
  readonly agencyId: string;
  readonly summary: string;
  readonly rating: { readonly grade: string; readonly modifier: string | null } | null;
  readonly validity: Validity;
}

export interface BreachRecord {
  readonly breachId: string;
  readonly breachClass: string;
  readonly departmentId: string;
  readonly basisDocument: string;
  readonly decisionDate: string;
  readonly disclosedThrough: string;
  readonly summary: string;
  readonly repairedAt: string | null;
}

export interface SubjectState {
  readonly subjectId: string;
  readonly asOf: string | null;
  readonly revision: number;
  readonly recordedAt: string | null;
  readonly state: {
    readonly registration: { readonly kind: string; readonly name?: string | null; readonly uscc?: string | null; readonly legalRepresentative?: string | null; readonly registeredAt: string } | null;
    readonly breaches: Section<BreachRecord>;
    readonly reviews: Section<ReviewRecord>;
    readonly creditReports: Section<CreditReportRecord>;
    readonly [section: string]: unknown;
  } | null;
}

export const SECTIONS = ['commitments', 'breaches', 'reviews', 'creditReports', 'reportUses', 'loanChecks', 'objections', 'annotations', 'repairs'] as const;

export interface ChainCheck {
  readonly ok: boolean;
  readonly checkedEvents: number;
  readonly firstBroken: unknown;
}
