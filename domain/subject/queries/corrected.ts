/**
 * Records as they stand at an instant once the corrections in force then are applied
 * (SH-SCR arts. 36–38: "corrected (a correcting event; the old one stays)"). The stored record
 * is never changed; each view lays the corrections over it, the latest value of a field winning.
 * Nothing here computes a rule: derived values (a breach's disclosure) were decided on the event.
 */
import type { JsonValue } from '../../kernel/event.js';
import { CORRECTABLE_FIELDS, RECOMPUTED_BREACH_FIELDS } from '../correctable-fields.js';
import type { BreachRecord, CommitmentCheck, CommitmentRecord, CreditReportRecord, ReviewReport, SubjectState } from '../state.js';
import type { RecordTarget } from '../values.js';
import { annotationsOf, notAfter } from './annotations.js';

type Values = Record<string, JsonValue>;

/** The corrected values in force at `at`, field by field, from corrections made after `supersededBy` (if given). */
function correctedValues(state: SubjectState, target: RecordTarget, at: string, supersededBy: string | null = null): Values {
  const allowed: readonly string[] = CORRECTABLE_FIELDS[target.kind];
  const recomputed: readonly string[] = target.kind === 'breach' ? RECOMPUTED_BREACH_FIELDS : [];
  const merged: Values = {};
  for (const entry of annotationsOf(state, target).corrections) {
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

/** A8: the follow-up check of a commitment as recorded by `at`, with its corrected outcome; null before it. */
export function commitmentCheckAsOf(state: SubjectState, commitment: CommitmentRecord, at: string): CommitmentCheck | null {
  const { check } = commitment;
  if (check === null || !notAfter(check.recordedAt, at)) return null;
  return { ...check, ...(correctedValues(state, { kind: 'commitment-check', id: commitment.commitmentId }, at) as Partial<CommitmentCheck>) };
}
