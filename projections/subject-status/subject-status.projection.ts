import type { SubjectEvent } from '../../domain/subject/events.js';
import type { DocKey, ProjectionDefinition, ProjectedEvent, ViewDoc } from '../kernel/projection.js';
import { asSubjectEvent, recordDocId, subjectIdOf } from '../shared/events.js';
import { commitmentIdOf, evolveCommitment } from './commitments.js';
import { emptySubjectStatus, type CommitmentDoc, type RecordCounts, type SubjectStatusDoc } from './subject-status.doc.js';

export const SUBJECT_STATUS_COLLECTION = 'subject_status';
export const COMMITMENTS_COLLECTION = 'commitments';

/** The events that add a record to the subject, and which count they raise. */
const COUNTED: Readonly<Partial<Record<SubjectEvent['type'], keyof RecordCounts>>> = {
  BreachRecorded: 'breaches',
  ReviewRequested: 'reviews',
  ReviewReportIssued: 'reviewReports',
  CreditReportFiled: 'creditReports',
  CommitmentMade: 'commitments',
  ObjectionFiled: 'objections',
};

/**
 * What `GET /subjects/{id}/status` starts from: the subject and its record counts (a document of
 * bounded size, however long the subject's history), and its commitments one document each. The
 * current reports, disclosures, reviews and objections are read from the reports, disclosures,
 * reviews and objections views by index at query time (A9, A11, A14, A19, A26).
 */
export const subjectStatusProjection: ProjectionDefinition = {
  name: 'subject-status',
  version: 2,
  handles: [
    'SubjectRegistered', 'BreachRecorded', 'ReviewRequested', 'ReviewReportIssued', 'CreditReportFiled', 'CommitmentMade',
    'ObjectionFiled', 'CommitmentCheckRecorded', 'RecordCorrected',
  ],
  collections: [
    // Issue 12: find an organisation by the start of its name or USCC (persons have neither here, A28).
    // The fields were always stored: added indexes are created at the next start, no rebuild.
    { name: SUBJECT_STATUS_COLLECTION, indexes: ['kind,name', 'kind,uscc'] },
    // A subject's open commitments oldest first, and all of them newest first.
    { name: COMMITMENTS_COLLECTION, indexes: ['subjectId,status,madeAt', 'subjectId,madeAt'] },
  ],
  keysFor: (projected) => {
    const event = asSubjectEvent(projected);
    const subjectId = subjectIdOf(projected);
    const keys: DocKey[] = [];
    if (event.type === 'SubjectRegistered' || COUNTED[event.type] !== undefined) keys.push({ collection: SUBJECT_STATUS_COLLECTION, id: subjectId });
    const commitmentId = commitmentIdOf(event);
    if (commitmentId !== null) keys.push({ collection: COMMITMENTS_COLLECTION, id: recordDocId(subjectId, 'commitment', commitmentId) });
    return keys;
  },
  evolve: (doc, event, key) =>
    key.collection === COMMITMENTS_COLLECTION
      ? evolveCommitment(doc as CommitmentDoc | null, asSubjectEvent(event), subjectIdOf(event))
      : evolveSubjectStatus(doc, event),
};

export function evolveSubjectStatus(doc: ViewDoc | null, projected: ProjectedEvent): ViewDoc {
  const current = (doc as SubjectStatusDoc | null) ?? emptySubjectStatus(subjectIdOf(projected));
  // Applied already (the same event again): counting it twice would be wrong.
  if (projected.position <= current.appliedThrough) return current;
  const event = asSubjectEvent(projected);
  const applied = { ...current, appliedThrough: projected.position, lastRecordedAt: projected.recordedAt };
  if (event.type === 'SubjectRegistered') {
    const { data } = event;
    return { ...applied, kind: data.kind, name: data.kind === 'organisation' ? data.name : null, uscc: data.uscc, registeredAt: data.registeredAt };
  }
  const counter = COUNTED[event.type];
  return counter === undefined ? applied : { ...applied, records: { ...current.records, [counter]: current.records[counter] + 1 } };
}
