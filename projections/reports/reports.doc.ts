import type { CreditReportFiled } from '../../domain/subject/events.js';
import type { ReviewConclusion } from '../../domain/subject/values.js';
import type { RecordObjections } from '../shared/record-objections.js';

/**
 * One review report (A14) or credit report (A19), id `<subjectId>:<kind>:<reviewId|reportId>`.
 * "Valid on day D" = issuedOn ≤ D ≤ validThrough and not revoked; "expiring within N days" =
 * expiresAt between now and now + N days: both are range queries at read time.
 */
export type ReportDoc = RecordObjections & {
  readonly kind: 'review-report' | 'credit-report';
  readonly subjectId: string;
  /** The review id of a review report, the report id of a credit report. */
  readonly id: string;
  readonly issuedOn: string;
  /** When it was issued (review report) or recorded (credit report). */
  readonly issuedAt: string;
  readonly validThrough: string;
  readonly expiresAt: string;
  /** Credit reports only (A26: joined with the agency registry for the misconduct flag). */
  readonly agencyId: string | null;
  readonly rating: CreditReportFiled['data']['rating'] | null;
  /** Review reports only. */
  readonly conclusion: ReviewConclusion | null;
  readonly late: boolean | null;
  /** A14: flagged for amendment after a material change; cleared by an amendment. */
  readonly needsAmendment: boolean;
  readonly amendedAt: string | null;
};
