import type { DomainEvent } from '../../kernel/event.js';
import type { ReviewArea } from '../../department/areas.js';
import type { EventSpec } from '../../kernel/event-catalogue.js';
import type { ReviewConclusion, ReviewRequester } from '../values.js';

/** A10–A12: a credit review was requested; A11: the center owes the report within 5 working days. */
export type ReviewRequested = DomainEvent<'ReviewRequested', {
  readonly reviewId: string;
  readonly requestedBy: ReviewRequester;
  readonly forDepartmentId: string | null;
  readonly area: ReviewArea;
  readonly matter: string;
  readonly receivedAt: string;
  readonly dueAt: string;
  readonly dueDate: string;
  readonly provisional: boolean;
}>;

/** A10, A14: the center issued the review report, valid for one year. */
export type ReviewReportIssued = DomainEvent<'ReviewReportIssued', {
  readonly reviewId: string;
  readonly conclusion: ReviewConclusion;
  readonly findings: readonly string[];
  readonly issuedAt: string;
  readonly issuedOn: string;
  readonly late: boolean;
  readonly validThrough: string;
  readonly expiresAt: string;
}>;

/** A14: the subject's information changed materially while a report was valid: it should be amended. */
export type ReviewReportAmendmentFlagged = DomainEvent<'ReviewReportAmendmentFlagged', {
  readonly reviewId: string;
  readonly causeEventType: string;
  readonly causeId: string;
  readonly flaggedAt: string;
}>;

/** A14: a valid review report was amended; its validity is unchanged (decision). */
export type ReviewReportAmended = DomainEvent<'ReviewReportAmended', {
  readonly reviewId: string;
  readonly amendedAt: string;
  readonly conclusion: ReviewConclusion;
  readonly findings: readonly string[];
  readonly reason: string;
  readonly requestedBy: 'subject' | 'center';
}>;

export const REVIEW_EVENT_SPECS: readonly EventSpec[] = [
  {
    type: 'ReviewRequested',
    schemaVersion: 2,
    articles: ['A10', 'A11', 'A12', 'A13'],
    description: 'A credit review of the subject was requested from the center; the due instant is fixed on receipt.',
    fields: {
      reviewId: 'string — id of the review',
      requestedBy: "{kind: 'subject'} | {kind: 'department', departmentId} — a department must be participating (A13)",
      forDepartmentId: 'string | null — the participating department the review is for (A13): the requesting department, or the one the subject must name; null only on requests recorded before naming it was required',
      area: 'string — A12 area code of the matter (domain/department/areas.ts REVIEW_AREAS)',
      matter: 'string — the matter the review is for',
      receivedAt: 'instant — when the center received the request',
      dueAt: 'instant — end of the 5th working day after receipt (A11, Civil Code art. 201)',
      dueDate: 'date — the 5th working day',
      provisional: "boolean — the deadline computed over a year whose State Council notice is not loaded, or over late-December dates before the next year's notice (docs/domain.md Time)",
    },
  },
  {
    type: 'ReviewReportIssued',
    schemaVersion: 1,
    articles: ['A10', 'A11', 'A14'],
    description: 'The center issued the review report; it is valid for one year.',
    fields: {
      reviewId: 'string — the review answered',
      conclusion: "'no-adverse-record' | 'adverse-record-found'",
      findings: 'string[] — what the review found',
      issuedAt: 'instant — when the report was issued',
      issuedOn: 'date — the Asia/Shanghai date of issuedAt; the validity period starts on it',
      late: 'boolean — issued after the A11 due instant (allowed, recorded)',
      validThrough: 'date — last valid day (A14, Civil Code arts. 201, 203)',
      expiresAt: 'instant — end of validThrough, Asia/Shanghai',
    },
  },
  {
    type: 'ReviewReportAmendmentFlagged',
    schemaVersion: 1,
    articles: ['A14'],
    description: 'A record that changes the subject\'s credit information was added while this review report was valid.',
    fields: {
      reviewId: 'string — the review whose report should be amended',
      causeEventType: 'string — the event type that caused the flag (BreachRecorded, RecordCorrected)',
      causeId: 'string — the breach id or objection id behind it',
      flaggedAt: 'instant — when the flag was raised',
    },
  },
  {
    type: 'ReviewReportAmended',
    schemaVersion: 1,
    articles: ['A14'],
    description: 'A valid review report was amended after a material change; validity is unchanged (decision).',
    fields: {
      reviewId: 'string — the review whose report was amended',
      amendedAt: 'instant — when the amendment was issued',
      conclusion: "'no-adverse-record' | 'adverse-record-found' — the amended conclusion",
      findings: 'string[] — the amended findings',
      reason: 'string — why the report was amended',
      requestedBy: "'subject' | 'center'",
    },
  },
];
