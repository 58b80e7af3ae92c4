import type { ObjectionDecider, ObjectionOutcome, RecordTarget } from '../../domain/subject/values.js';

/**
 * One objection (SH-SCR arts. 36–38, docs/domain.md), id = objectionId (unique across subjects: the
 * `/objections/{oid}` paths name no subject). Overdue = status 'open' and dueAt < now; a forward
 * that is late = stage 'at-center' and forwardDueAt < now: range queries at read time.
 */
export type ObjectionDoc = {
  readonly objectionId: string;
  readonly subjectId: string;
  readonly target: RecordTarget;
  /** `<subjectId>:<kind>:<recordId>`: the id of the record's document in reports, disclosures and record_histories. */
  readonly recordKey: string;
  readonly reason: string;
  readonly filedAt: string;
  /** End of the 5th working day: the center decides by then. */
  readonly centerDueAt: string;
  /** End of the 2nd working day: the center forwards by then. */
  readonly forwardDueAt: string;
  /** A deadline walked over a year with no holiday notice loaded. */
  readonly provisional: boolean;
  readonly stage: 'at-center' | 'forwarded' | 'decided';
  readonly status: 'open' | 'decided';
  /** The decision deadline in force: centerDueAt, then departmentDueAt once forwarded; null once decided. */
  readonly dueAt: string | null;
  readonly forwardedTo: string | null;
  readonly forwardedAt: string | null;
  readonly forwardLate: boolean | null;
  /** End of the 5th working day after forwarding: the department decides by then. */
  readonly departmentDueAt: string | null;
  readonly outcome: ObjectionOutcome | null;
  readonly decidedBy: ObjectionDecider | null;
  readonly reasons: string | null;
  readonly decidedAt: string | null;
  /** Decided after the deadline of whoever decided. */
  readonly late: boolean | null;
  readonly correctedAt: string | null;
  readonly revokesRecord: boolean;
};

/** "Under objection" for a record document: its last objection is still open (at most one open per record). */
export function isUnderObjection(lastObjection: ObjectionDoc | null | undefined): boolean {
  return lastObjection?.status === 'open';
}
