import type { SubjectEvent } from '../../domain/subject/events.js';
import type { ProjectionDefinition, ProjectedEvent, ViewDoc } from '../kernel/projection.js';
import { asSubjectEvent, subjectIdOf } from '../shared/events.js';
import { objectionDecided, objectionFiled, objectionForwarded, recordCorrected } from './objections.js';
import * as records from './records.js';
import { emptySubjectStatus, type SubjectStatusDoc } from './subject-status.doc.js';

export const SUBJECT_STATUS_COLLECTION = 'subject_status';

/**
 * What `GET /subjects/{id}/status` answers from, one document per subject. "Valid now" and
 * "disclosed now" are decided at query time from the stored dates (A14, A19, A9). A26: whether a
 * report's agency exited for misconduct is read from the agency registry by `agencyId` at query time —
 * an AgencyExited event lives in the agency's stream and cannot name the subjects holding its reports.
 */
export const subjectStatusProjection: ProjectionDefinition = {
  name: 'subject-status',
  version: 1,
  // ReportUsed, LoanCheckRecorded and RepairApplied change nothing shown here.
  handles: [
    'SubjectRegistered', 'CommitmentMade', 'CommitmentCheckRecorded', 'BreachRecorded', 'ReviewRequested', 'ReviewReportIssued',
    'ReviewReportAmendmentFlagged', 'ReviewReportAmended', 'CreditReportFiled', 'ObjectionFiled', 'ObjectionForwarded',
    'ObjectionDecided', 'RecordCorrected', 'RepairDecided',
  ],
  collections: [{ name: SUBJECT_STATUS_COLLECTION, indexes: ['kind', 'flags.needsAmendment', 'flags.provisionalCalendar'] }],
  keysFor: (event) => [{ collection: SUBJECT_STATUS_COLLECTION, id: subjectIdOf(event) }],
  evolve: (doc, event) => evolveSubjectStatus(doc, event),
};

export function evolveSubjectStatus(doc: ViewDoc | null, event: ProjectedEvent): ViewDoc {
  const current = (doc as SubjectStatusDoc | null) ?? emptySubjectStatus(subjectIdOf(event));
  const next = applyEvent(current, asSubjectEvent(event));
  return withFlags({ ...next, lastRecordedAt: event.recordedAt });
}

function applyEvent(doc: SubjectStatusDoc, event: SubjectEvent): SubjectStatusDoc {
  switch (event.type) {
    case 'SubjectRegistered': return records.registered(doc, event);
    case 'CommitmentMade': return records.commitmentMade(doc, event);
    case 'CommitmentCheckRecorded': return records.commitmentChecked(doc, event);
    case 'BreachRecorded': return records.breachRecorded(doc, event);
    case 'ReviewRequested': return records.reviewRequested(doc, event);
    case 'ReviewReportIssued': return records.reviewReportIssued(doc, event);
    case 'ReviewReportAmendmentFlagged': return records.amendmentFlagged(doc, event);
    case 'ReviewReportAmended': return records.reportAmended(doc, event);
    case 'CreditReportFiled': return records.creditReportFiled(doc, event);
    case 'RepairDecided': return records.repairDecided(doc, event);
    case 'ObjectionFiled': return objectionFiled(doc, event);
    case 'ObjectionForwarded': return objectionForwarded(doc, event);
    case 'ObjectionDecided': return objectionDecided(doc, event);
    case 'RecordCorrected': return recordCorrected(doc, event);
    case 'ReportUsed':
    case 'LoanCheckRecorded':
    case 'RepairApplied':
      return doc;
    default:
      return unknownEvent(doc, event);
  }
}

/** Flags derived from the lists, so they can never disagree with them. */
function withFlags(doc: SubjectStatusDoc): SubjectStatusDoc {
  return {
    ...doc,
    flags: {
      needsAmendment: doc.reviewReports.some((r) => r.needsAmendment && !r.revoked), // A14
      provisionalCalendar: doc.openReviews.some((r) => r.provisional) || doc.openObjections.some((o) => o.provisional),
    },
  };
}

/** Exhaustive at compile time; a type stored by a newer writer leaves the document as it was. */
function unknownEvent(doc: SubjectStatusDoc, _event: never): SubjectStatusDoc {
  return doc;
}
