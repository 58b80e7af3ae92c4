/**
 * Every event of the credit subject stream (`subject-<id>`), and the catalogue auditors read
 * beside the log. The shapes live by capability under `events/`.
 */
import type { EventCatalogue } from '../kernel/event-catalogue.js';
import type { BreachRecorded } from './events/breaches.js';
import { BREACH_EVENT_SPECS } from './events/breaches.js';
import type { CommitmentCheckRecorded, CommitmentMade } from './events/commitments.js';
import { COMMITMENT_EVENT_SPECS } from './events/commitments.js';
import type { ObjectionDecided, ObjectionFiled, ObjectionForwarded, RecordCorrected } from './events/objections.js';
import { OBJECTION_EVENT_SPECS } from './events/objections.js';
import type { SubjectRegistered } from './events/registration.js';
import { REGISTRATION_EVENT_SPECS } from './events/registration.js';
import type { RepairApplied, RepairDecided } from './events/repairs.js';
import { REPAIR_EVENT_SPECS } from './events/repairs.js';
import type { CreditReportFiled, LoanCheckRecorded, ReportUsed } from './events/reports.js';
import { REPORT_EVENT_SPECS } from './events/reports.js';
import type { ReviewReportAmended, ReviewReportAmendmentFlagged, ReviewReportIssued, ReviewRequested } from './events/reviews.js';
import { REVIEW_EVENT_SPECS } from './events/reviews.js';

export type {
  SubjectRegistered,
  CommitmentMade,
  CommitmentCheckRecorded,
  BreachRecorded,
  ReviewRequested,
  ReviewReportIssued,
  ReviewReportAmendmentFlagged,
  ReviewReportAmended,
  CreditReportFiled,
  ReportUsed,
  LoanCheckRecorded,
  ObjectionFiled,
  ObjectionForwarded,
  ObjectionDecided,
  RecordCorrected,
  RepairApplied,
  RepairDecided,
};

export type SubjectEvent =
  | SubjectRegistered
  | CommitmentMade
  | CommitmentCheckRecorded
  | BreachRecorded
  | ReviewRequested
  | ReviewReportIssued
  | ReviewReportAmendmentFlagged
  | ReviewReportAmended
  | CreditReportFiled
  | ReportUsed
  | LoanCheckRecorded
  | ObjectionFiled
  | ObjectionForwarded
  | ObjectionDecided
  | RecordCorrected
  | RepairApplied
  | RepairDecided;

export type SubjectEventType = SubjectEvent['type'];

/** One entry per stored event type of the subject stream (schema version 1 each). */
export const SUBJECT_EVENT_CATALOGUE: EventCatalogue = [
  ...REGISTRATION_EVENT_SPECS,
  ...COMMITMENT_EVENT_SPECS,
  ...BREACH_EVENT_SPECS,
  ...REVIEW_EVENT_SPECS,
  ...REPORT_EVENT_SPECS,
  ...OBJECTION_EVENT_SPECS,
  ...REPAIR_EVENT_SPECS,
];
