/**
 * Objections (SH-SCR arts. 36–38, docs/domain.md): "corrected (a correcting event; the old one stays)".
 * Which fields of each kind of record a correction may change; the decider checks the new values
 * by the rules of the original command, and the views apply them from the correction on.
 */
import type { ObjectionTargetKind } from './values.js';

export const CORRECTABLE_FIELDS = {
  // A9: the class, period and deciding document are the department's decision; so is what it says.
  breach: ['breachClass', 'disclosureMonths', 'basisDocument', 'decisionDate', 'summary'],
  // A10: what the center found.
  'review-report': ['conclusion', 'findings'],
  // A16: the agency's evaluation; the sections and issue date are the report as issued.
  'credit-report': ['rating', 'riskNotes', 'summary'],
  // A8: what the follow-up check found.
  'commitment-check': ['outcome'],
  // A18: a bank's check is a fact of what the bank did: it can be revoked, not rewritten.
  'loan-check': [],
  // A6–A8: the letter is the subject's own; only how it was recorded can be wrong (the matter, and the consent that governs publication, A28).
  commitment: ['matter', 'consentToPublication'],
  // A25, A29: a use is a fact of what a department, bank or organisation did: it can be revoked, not rewritten.
  'report-use': [],
  // 令第36号: the outcome is the department's decision (revoke it, then the subject applies again); its reasons can be corrected.
  'repair-decision': ['reasons'],
} as const satisfies Readonly<Record<ObjectionTargetKind, readonly string[]>>;

export function correctableFieldsOf(kind: ObjectionTargetKind): readonly string[] {
  return CORRECTABLE_FIELDS[kind];
}

/** A9: the fields of a breach a correction recomputes (stored on the event, never computed by a view). */
export const RECOMPUTED_BREACH_FIELDS = ['disclosedThrough', 'repairPossibleFrom'] as const;
