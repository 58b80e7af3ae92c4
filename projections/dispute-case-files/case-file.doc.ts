import type { ObjectionOutcome, RecordTarget } from '../../domain/subject/values.js';
import type { ProjectedEvent } from '../kernel/projection.js';

/** One event as a case file lists it: what, where in the log, when, by whom, and its data in short. */
export type CaseEventEntry = {
  readonly type: string;
  readonly position: number;
  readonly revision: number;
  readonly recordedAt: string;
  readonly actor: ProjectedEvent['actor'];
  readonly summary: { readonly [field: string]: unknown };
};

/**
 * A dispute's case file, id = objectionId: the objection's own events and deadlines. The disputed
 * record's history (`recordKey`) is built from the subject's stream when asked for (record-history.ts).
 */
export type DisputeCaseFileDoc = {
  readonly objectionId: string;
  readonly subjectId: string;
  readonly target: RecordTarget | null;
  readonly recordKey: string | null;
  readonly filedAt: string | null;
  readonly deadlines: { readonly forwardDueAt: string | null; readonly centerDueAt: string | null; readonly departmentDueAt: string | null };
  readonly forwardedTo: string | null;
  readonly outcome: ObjectionOutcome | null;
  readonly decidedAt: string | null;
  readonly late: boolean | null;
  readonly events: readonly CaseEventEntry[];
};

/**
 * Every event that touched one record, key `<subjectId>:<kind>:<recordId>`. `madeAt` is the event
 * that made the record: the subject's state when it was made is the stream folded to revision
 * `madeAt.revision - 1` (before) or `madeAt.revision` (with it) — the auditor's time travel.
 */
export type RecordHistoryDoc = {
  readonly recordKey: string;
  readonly subjectId: string;
  readonly kind: RecordTarget['kind'];
  readonly recordId: string;
  readonly madeAt: { readonly type: string; readonly position: number; readonly revision: number; readonly recordedAt: string } | null;
  readonly objectionIds: readonly string[];
  readonly events: readonly CaseEventEntry[];
};
