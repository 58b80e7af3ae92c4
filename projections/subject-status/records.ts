/** How the records of a subject enter its status document (A6–A9, A10–A14, A15–A19). */
import type {
  BreachRecorded,
  CommitmentCheckRecorded,
  CommitmentMade,
  CreditReportFiled,
  RepairDecided,
  ReviewReportAmended,
  ReviewReportAmendmentFlagged,
  ReviewReportIssued,
  ReviewRequested,
  SubjectRegistered,
} from '../../domain/subject/events.js';
import { isPublishable } from '../shared/disclosure.js';
import { patchBy, upsertBy } from '../shared/events.js';
import { NO_MARKS, type BreachEntry, type SubjectStatusDoc } from './subject-status.doc.js';

type Doc = SubjectStatusDoc;

export function registered(doc: Doc, { data }: SubjectRegistered): Doc {
  return { ...doc, kind: data.kind, name: data.kind === 'organisation' ? data.name : null, uscc: data.uscc, registeredAt: data.registeredAt };
}

export function commitmentMade(doc: Doc, { data }: CommitmentMade): Doc {
  const { commitmentId, kind, matter, departmentId, followUpCheckOn, madeAt } = data;
  return { ...doc, openCommitments: upsertBy(doc.openCommitments, 'commitmentId', { commitmentId, kind, matter, departmentId, followUpCheckOn, madeAt }) };
}

/** A8: a checked commitment (kept or breached) is no longer open. */
export function commitmentChecked(doc: Doc, { data }: CommitmentCheckRecorded): Doc {
  return { ...doc, openCommitments: doc.openCommitments.filter((c) => c.commitmentId !== data.commitmentId) };
}

export function breachRecorded(doc: Doc, { data }: BreachRecorded): Doc {
  const { breachId, breachClass, departmentId, decisionDate, disclosedThrough, subjectMinorOnDecision } = data;
  const facts = { disclosedThrough, subjectMinorOnDecision, repaired: false, revoked: false };
  const entry: BreachEntry = { ...NO_MARKS, breachId, breachClass, departmentId, decisionDate, ...facts, publishable: isPublishable(facts) };
  return { ...doc, breaches: upsertBy(doc.breaches, 'breachId', entry) };
}

/** 令第36号: an approved repair ends public disclosure; the record stays. */
export function repairDecided(doc: Doc, { data }: RepairDecided): Doc {
  if (data.outcome !== 'approved') return doc;
  return { ...doc, breaches: patchBy(doc.breaches, 'breachId', data.breachId, (b) => withPublishable({ ...b, repaired: true })) };
}

export function withPublishable(entry: BreachEntry): BreachEntry {
  return { ...entry, publishable: isPublishable(entry) };
}

export function reviewRequested(doc: Doc, { data }: ReviewRequested): Doc {
  const { reviewId, area, matter, receivedAt, dueAt, provisional } = data;
  return { ...doc, openReviews: upsertBy(doc.openReviews, 'reviewId', { reviewId, area, matter, receivedAt, dueAt, provisional }) };
}

/** A10, A14: the report is issued (valid for a year); the review is no longer open. */
export function reviewReportIssued(doc: Doc, { data }: ReviewReportIssued): Doc {
  const { reviewId, issuedAt, issuedOn, validThrough, expiresAt, conclusion, late } = data;
  const entry = { ...NO_MARKS, reviewId, issuedAt, issuedOn, validThrough, expiresAt, conclusion, late, needsAmendment: false, amendedAt: null };
  return {
    ...doc,
    reviewReports: upsertBy(doc.reviewReports, 'reviewId', entry),
    openReviews: doc.openReviews.filter((r) => r.reviewId !== reviewId),
  };
}

/** A14: flagged until amended. */
export function amendmentFlagged(doc: Doc, { data }: ReviewReportAmendmentFlagged): Doc {
  return { ...doc, reviewReports: patchBy(doc.reviewReports, 'reviewId', data.reviewId, (r) => ({ ...r, needsAmendment: true })) };
}

/** A14: amended content, validity unchanged (decision). */
export function reportAmended(doc: Doc, { data }: ReviewReportAmended): Doc {
  const change = { conclusion: data.conclusion, amendedAt: data.amendedAt, needsAmendment: false };
  return { ...doc, reviewReports: patchBy(doc.reviewReports, 'reviewId', data.reviewId, (r) => ({ ...r, ...change })) };
}

export function creditReportFiled(doc: Doc, { data }: CreditReportFiled): Doc {
  const { reportId, agencyId, rating, issuedOn, validThrough, expiresAt } = data;
  return { ...doc, creditReports: upsertBy(doc.creditReports, 'reportId', { ...NO_MARKS, reportId, agencyId, rating, issuedOn, validThrough, expiresAt }) };
}
