/**
 * Records as they stand at an instant once the corrections in force then are applied
 * (SH-SCR arts. 36–38: "corrected (a correcting event; the old one stays)"). The stored record
 * is never changed; each view lays the corrections over it, the latest value of a field winning.
 * Nothing here computes a rule: derived values (a breach's disclosure) were decided on the event.
 */
import type { JsonValue } from '../../kernel/event.js';
import { CORRECTABLE_FIELDS, RECOMPUTED_BREACH_FIELDS } from '../correctable-fields.js';
import { get } from '../evolve/maps.js';
import type { BreachRecord, CommitmentCheck, CommitmentRecord, CreditReportRecord, RecordAnnotations, ReviewReport, SubjectState } from '../state.js';
import type { ObjectionTargetKind, RecordTarget } from '../values.js';
import { annotationsOf, isRevokedAt, notAfter } from './annotations.js';

type Values = Record<string, JsonValue>;

/** The corrected values in force at `at`, field by field, from corrections made after `supersededBy` (if given). */
function correctedValues(state: SubjectState, target: RecordTarget, at: string, supersededBy: string | null = null): Values {
  return correctedValuesOf(annotationsOf(state, target), target.kind, at, supersededBy);
}

function correctedValuesOf(annotations: RecordAnnotations, kind: ObjectionTargetKind, at: string, supersededBy: string | null = null): Values {
  const allowed: readonly string[] = CORRECTABLE_FIELDS[kind];
  const recomputed: readonly string[] = kind === 'breach' ? RECOMPUTED_BREACH_FIELDS : [];
  const merged: Values = {};
  for (const entry of annotations.corrections) {
    if (!notAfter(entry.correctedAt, at)) continue;
    if (supersededBy !== null && notAfter(entry.correctedAt, supersededBy)) continue;
    // Only the fields of this kind: a stray stored key can never overwrite an id or a date of record.
    for (const [field, value] of Object.entries(entry.correction)) if (allowed.includes(field)) merged[field] = value;
    for (const [field, value] of Object.entries(entry.recomputed ?? {})) if (recomputed.includes(field)) merged[field] = value;
  }
  return merged;
}

/** A9: a breach with its corrected class, period, document, date, summary and the disclosure they give. */
export function breachAsOf(state: SubjectState, breach: BreachRecord, at: string): BreachRecord {
  return { ...breach, ...(correctedValues(state, { kind: 'breach', id: breach.breachId }, at) as Partial<BreachRecord>) };
}

/** A16: a credit report with its corrected rating, risk notes and summary. */
export function creditReportAsOf(state: SubjectState, report: CreditReportRecord, at: string): CreditReportRecord {
  return { ...report, ...(correctedValues(state, { kind: 'credit-report', id: report.reportId }, at) as Partial<CreditReportRecord>) };
}

/**
 * A10, A14: a review report with its corrected conclusion and findings. An amendment re-issues the
 * content, so corrections made before the latest amendment are superseded by it.
 */
export function reviewReportAsOf(state: SubjectState, reviewId: string, report: ReviewReport, at: string): ReviewReport {
  const values = correctedValues(state, { kind: 'review-report', id: reviewId }, at, report.amendedAt);
  return { ...report, ...(values as Partial<ReviewReport>) };
}

/**
 * A8: the follow-up check of a commitment in force at `at` (the latest recorded by then), with its
 * corrected outcome; null before any check, and null while that check stands revoked after an
 * objection (SH-SCR art. 38: a revoked check counts as no check, so a new one may be recorded).
 */
export function commitmentCheckAsOf(state: SubjectState, commitment: CommitmentRecord, at: string): CommitmentCheck | null {
  const current = commitment.check === null ? [] : [{ check: commitment.check, annotations: annotationsOf(state, { kind: 'commitment-check', id: commitment.commitmentId }) }];
  const recorded = [...commitment.earlierChecks, ...current].filter((entry) => notAfter(entry.check.recordedAt, at));
  const inForce = recorded[recorded.length - 1];
  if (inForce === undefined) return null;
  const { check, annotations } = inForce;
  if (annotations.revokedAt !== null && notAfter(annotations.revokedAt, at)) return null;
  return { ...check, ...(correctedValuesOf(annotations, 'commitment-check', at) as Partial<CommitmentCheck>) };
}

/**
 * A6–A8: a commitment as it stands at `at`, its corrected matter and consent to publication
 * applied (SH-SCR arts. 36–38); null before it was made, and null once revoked after an objection.
 */
export function commitmentAsOf(state: SubjectState, commitmentId: string, at: string): CommitmentRecord | null {
  const commitment = get(state.commitments, commitmentId);
  if (commitment === undefined || !notAfter(commitment.madeAt, at)) return null;
  const target: RecordTarget = { kind: 'commitment', id: commitmentId };
  if (isRevokedAt(state, target, at)) return null;
  return { ...commitment, ...(correctedValues(state, target, at) as Partial<CommitmentRecord>) };
}
