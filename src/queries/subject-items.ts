/**
 * How one record of a subject is shown, the same in its status and in its full list: the per-record
 * view's document, with Chinese labels and the objection marks (SH-SCR arts. 36–38) read from the
 * objections view — one `getMany` for a whole page.
 */
import type { DisclosureDoc } from '../../projections/disclosures/disclosures.doc.js';
import type { ObjectionDoc } from '../../projections/objections/objections.doc.js';
import type { ReportDoc } from '../../projections/reports/reports.doc.js';
import type { ReviewDoc } from '../../projections/reviews/reviews.doc.js';
import type { RecordObjections } from '../../projections/shared/record-objections.js';
import type { CommitmentDoc } from '../../projections/subject-status/subject-status.doc.js';
import type { JsonObject } from '../shared/json.js';
import { BREACH_CLASS_LABELS, COMMITMENT_KIND_LABELS, OBJECTION_OUTCOME_LABELS, REVIEW_CONCLUSION_LABELS } from '../http/labels.js';
import type { ListReader } from '../use-case-support/lists/list-reader.js';

export type Objections = ReadonlyMap<string, ObjectionDoc>;

/** Every objection ever filed against these records, in one call. */
export async function objectionsOf(lists: ListReader, records: readonly RecordObjections[]): Promise<Objections> {
  const found = await lists.getMany('objections', 'objections', records.flatMap((record) => record.objectionIds));
  return found as unknown as Objections;
}

/** Under objection while its last objection is open; "unresolved" once one was decided so; corrected or revoked by a correction. */
export function marksOf(record: RecordObjections, objections: Objections) {
  return {
    underObjection: record.lastObjectionId !== null && objections.get(record.lastObjectionId)?.status === 'open',
    objectionUnresolved: record.objectionIds.some((id) => objections.get(id)?.outcome === 'unresolved'),
    corrected: record.corrected,
    revoked: record.revoked,
  };
}

/** A9: one breach and its disclosure (A28: the public fields only, as the disclosures view holds them). */
export function breachItem(doc: DisclosureDoc, objections: Objections) {
  const { breachId, breachClass, departmentId, basisDocument, decisionDate, disclosureMonths, disclosedThrough, subjectMinorOnDecision, repaired, repairedAt, disclosureEndsBy, publishable } = doc;
  return {
    breachId, breachClass, breachClassLabel: BREACH_CLASS_LABELS[breachClass], departmentId, basisDocument, decisionDate, disclosureMonths, disclosedThrough,
    subjectMinorOnDecision, repaired, repairedAt, disclosureEndsBy, publishable, ...marksOf(doc, objections),
  };
}

/** A14: a review report (validity one year; flagged for amendment after a material change). */
export function reviewReportItem(doc: ReportDoc, objections: Objections) {
  const conclusion = doc.conclusion!;
  const { issuedAt, issuedOn, validThrough, expiresAt, late, needsAmendment, amendedAt } = doc;
  return { reviewId: doc.id, issuedAt, issuedOn, validThrough, expiresAt, conclusion, conclusionLabel: REVIEW_CONCLUSION_LABELS[conclusion], late, needsAmendment, amendedAt, ...marksOf(doc, objections) };
}

/** A19, A26: a credit report, flagged when its agency exited for misconduct (still counted). */
export function creditReportItem(doc: ReportDoc, objections: Objections, misconductAgencies: ReadonlySet<string>) {
  const { agencyId, rating, issuedOn, validThrough, expiresAt } = doc;
  return { reportId: doc.id, agencyId, rating, issuedOn, validThrough, expiresAt, ...marksOf(doc, objections), agencyExitedForMisconduct: agencyId !== null && misconductAgencies.has(agencyId) };
}

/** Either kind of report, with its kind, for the full list. */
export function reportItem(doc: ReportDoc, objections: Objections, misconductAgencies: ReadonlySet<string>) {
  return doc.kind === 'review-report' ? { kind: doc.kind, ...reviewReportItem(doc, objections) } : { kind: doc.kind, ...creditReportItem(doc, objections, misconductAgencies) };
}

/** A10–A11: a review request and where it stands. */
export function reviewItem(doc: ReviewDoc) {
  const { reviewId, requestedBy, forDepartmentId, area, matter, receivedAt, dueAt, dueDate, provisional, status, completedAt, late } = doc;
  return { reviewId, requestedBy, forDepartmentId, area, matter, receivedAt, dueAt, dueDate, provisional, status, completedAt, late };
}

/** SH-SCR 36–38: an objection, its deadlines and outcome (the grounds and the case file: `/disputes/{oid}`). */
export function objectionItem(doc: ObjectionDoc) {
  const { objectionId, target, filedAt, centerDueAt, forwardDueAt, forwardedTo, departmentDueAt, provisional, stage, status, dueAt, outcome, decidedAt, late } = doc;
  return { objectionId, target, filedAt, centerDueAt, forwardDueAt, forwardedTo, departmentDueAt, provisional, stage, status, dueAt, outcome, outcomeLabel: outcome ? OBJECTION_OUTCOME_LABELS[outcome] : null, decidedAt, late };
}

/** A6–A8: a commitment, open until checked or revoked. */
export function commitmentItem(doc: CommitmentDoc) {
  const { commitmentId, kind, matter, departmentId, followUpCheckOn, madeAt, status, checkedOn, corrected } = doc;
  return { commitmentId, kind, kindLabel: COMMITMENT_KIND_LABELS[kind], matter, departmentId, followUpCheckOn, madeAt, status, checkedOn, corrected };
}

export const as = <T>(docs: readonly JsonObject[]): T[] => docs as unknown as T[];
