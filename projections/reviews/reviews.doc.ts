import type { ReviewRequester } from '../../domain/subject/values.js';

/**
 * One review request (A10–A12), id `<subjectId>:review:<reviewId>`. A11: "overdue" is
 * status = 'pending' and dueAt < now; "due soon" is status = 'pending' and now ≤ dueAt ≤ now + N:
 * range queries against the time of the query, nothing stored goes stale.
 */
export type ReviewDoc = {
  readonly subjectId: string;
  readonly reviewId: string;
  readonly requestedBy: ReviewRequester;
  /** A13: the participating department the review is for, if known. */
  readonly forDepartmentId: string | null;
  readonly area: string;
  readonly matter: string;
  readonly receivedAt: string;
  /** A11: end of the 5th working day after receipt. */
  readonly dueAt: string;
  readonly dueDate: string;
  /** The deadline walked over a year with no holiday notice loaded. */
  readonly provisional: boolean;
  readonly status: 'pending' | 'completed';
  /** When the report was issued. */
  readonly completedAt: string | null;
  /** Issued after dueAt; null while pending (compare dueAt with now). */
  readonly late: boolean | null;
};
