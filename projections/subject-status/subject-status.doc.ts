/**
 * The `subject-status` view: one small document per subject (collection `subject_status`, id =
 * subjectId) and one per commitment (collection `commitments`). The status document holds who the
 * subject is and how many records it has, never the records themselves: its size does not grow
 * with the subject's history, and an event rewrites a few hundred bytes. `GET …/status` takes the
 * current items (valid reports, active disclosures, open commitments, reviews and objections) from
 * the per-record views by index at query time, and "valid now", "disclosed now" are decided there
 * from the stored dates.
 */
import type { CommitmentKind } from '../../domain/subject/values.js';

/** How many of each record the subject has ever had (A6, A9, A10, A14, A19; objections SH-SCR 36–38). */
export type RecordCounts = {
  readonly breaches: number;
  readonly reviews: number;
  readonly reviewReports: number;
  readonly creditReports: number;
  readonly commitments: number;
  readonly objections: number;
};

export type SubjectStatusDoc = {
  readonly subjectId: string;
  readonly kind: 'organisation' | 'person' | null;
  /** Organisations only; a person's name is in no event (A28). */
  readonly name: string | null;
  readonly uscc: string | null;
  readonly registeredAt: string | null;
  readonly records: RecordCounts;
  /** The log position of the last event applied: an event at or before it is counted already. */
  readonly appliedThrough: number;
  readonly lastRecordedAt: string | null;
};

/** One commitment (A6–A8), id `<subjectId>:commitment:<commitmentId>`; open until checked or revoked. */
export type CommitmentDoc = {
  readonly subjectId: string;
  readonly commitmentId: string;
  readonly kind: CommitmentKind;
  readonly matter: string;
  readonly departmentId: string;
  readonly followUpCheckOn: string | null;
  readonly madeAt: string;
  /** A8: a checked commitment (kept or breached) is no longer open; nor is a revoked one. */
  readonly status: 'open' | 'kept' | 'breached' | 'revoked';
  readonly checkedOn: string | null;
  /** A correction decided on an objection is in force (the matter shown is the corrected one). */
  readonly corrected: boolean;
};

export const NO_RECORDS: RecordCounts = { breaches: 0, reviews: 0, reviewReports: 0, creditReports: 0, commitments: 0, objections: 0 };

export function emptySubjectStatus(subjectId: string): SubjectStatusDoc {
  return { subjectId, kind: null, name: null, uscc: null, registeredAt: null, records: NO_RECORDS, appliedThrough: 0, lastRecordedAt: null };
}
