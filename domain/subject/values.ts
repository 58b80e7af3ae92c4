/**
 * Small value shapes shared by the subject's commands, events and state.
 * Type aliases (not interfaces) so they fit the JSON-only `EventData` constraint.
 */
import type { JsonValue } from '../kernel/event.js';

/** The four kinds of credit commitment (国办发〔2019〕35号; A6–A7). */
export const COMMITMENT_KINDS = ['approval-replacing', 'voluntary-public', 'industry-self-discipline', 'repair'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

/**
 * A6 (a)–(c) and A8: every pledge a commitment letter must contain (docs/domain.md: "materials true;
 * compliance; accepts supervision and liability"). `compliesWithLaw` (A8 "obey laws") is optional
 * by design, not for want of an upcaster: letters recorded before it was required did not contain
 * it, and a letter is kept as signed (no default may add a pledge never made). A new commitment
 * must give it, true, like every other pledge.
 */
export type Pledges = {
  readonly ownCreditStatus: boolean;
  readonly truthfulMaterials: boolean;
  readonly acceptsLiability: boolean;
  readonly acceptsSupervision: boolean;
  readonly compliesWithLaw?: boolean;
};
export const PLEDGE_NAMES = ['ownCreditStatus', 'truthfulMaterials', 'acceptsLiability', 'acceptsSupervision', 'compliesWithLaw'] as const;

/** A6 (a)–(c), A8: a commitment letter gives all five pledges (an incomplete one is refused, COMMITMENT_PLEDGES_INCOMPLETE). */
export const ALL_PLEDGES: Required<Pledges> = { ownCreditStatus: true, truthfulMaterials: true, acceptsLiability: true, acceptsSupervision: true, compliesWithLaw: true };

/** What a commitment letter says, apart from its id and kind. */
export type CommitmentLetter = {
  readonly matter: string;
  readonly departmentId: string;
  readonly pledges: Pledges;
  readonly consentToPublication: boolean;
  /** Calendar date of the planned follow-up check, if any. */
  readonly followUpCheckOn: string | null;
};

/** A10: a review is asked for by the subject itself or by a department. */
export type ReviewRequester = { readonly kind: 'subject' } | { readonly kind: 'department'; readonly departmentId: string };

export const REVIEW_CONCLUSIONS = ['no-adverse-record', 'adverse-record-found'] as const;
export type ReviewConclusion = (typeof REVIEW_CONCLUSIONS)[number];

/** A15: a credit report is commissioned by the subject or by a department. */
export type ReportCommissioner = { readonly kind: 'subject' } | { readonly kind: 'department'; readonly departmentId: string };

/** A16: the named sections of a credit report, each optional (null when absent). */
export type ReportSections = {
  readonly basicInformation: string | null;
  readonly businessInformation: string | null;
  readonly financialData: string | null;
  readonly bankCreditRecords: string | null;
  readonly contractPerformance: string | null;
  readonly publicCreditSupervision: string | null;
  readonly judicialCredit: string | null;
  readonly otherInformation: string | null;
};

export type ReportKind = 'credit-report' | 'review-report';
export type ReportRef = { readonly kind: ReportKind; readonly reportId: string };

/** A17, A18, A29: who uses a report — a department, a bank or another user organisation. */
export type ReportUser = { readonly kind: 'department' | 'bank' | 'organisation'; readonly id: string };

/** The records a subject may object to: any record about it (docs/domain.md; Shanghai Social Credit Regulation art. 36). */
export const OBJECTION_TARGET_KINDS = [
  'breach', 'review-report', 'credit-report', 'commitment-check', 'loan-check', 'commitment', 'report-use', 'repair-decision',
] as const;
export type ObjectionTargetKind = (typeof OBJECTION_TARGET_KINDS)[number];
/**
 * `id` is the record's own id; for a commitment check it is the commitment's id, for a repair
 * decision the repair's id.
 */
export type RecordTarget = { readonly kind: ObjectionTargetKind; readonly id: string };

export type ObjectionDecider = { readonly kind: 'center' } | { readonly kind: 'department'; readonly departmentId: string };
export type ObjectionOutcome = 'corrected' | 'rejected' | 'unresolved';

/** A correction as asked for by whoever decided the objection: field → new value (a list of texts for findings and risk notes). */
export type Correction = { readonly [field: string]: string | number | boolean | null | readonly string[] };

/** A correction as recorded: field → the checked value, in the shape the original event stores it (a rating as grade and modifier). */
export type CorrectedValues = { readonly [field: string]: JsonValue };

/** A9: what a breach correction does to its disclosure, computed when decided so that evolve and the queries never compute rules. */
export type RecomputedDisclosure = { readonly disclosedThrough: string | null; readonly repairPossibleFrom: string };

export type RepairOutcome = 'approved' | 'refused';

/** The one key under which corrections and objections about a record are kept. */
export function targetKey(target: RecordTarget): string {
  return `${target.kind}:${target.id}`;
}
