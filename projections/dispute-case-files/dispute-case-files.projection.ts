import type { RecordTarget } from '../../domain/subject/values.js';
import type { DocKey, ProjectedEvent, ProjectionDefinition, ViewDoc } from '../kernel/projection.js';
import { asSubjectEvent, recordDocId, SUBJECT_EVENT_TYPES, subjectIdOf } from '../shared/events.js';
import type { DisputeCaseFileDoc, RecordHistoryDoc } from './case-file.doc.js';
import { caseEventEntry, withEntry } from './event-entry.js';
import { RECORD_MAKING_EVENT, recordsTouchedBy } from './touched-records.js';

export const CASE_FILES_COLLECTION = 'dispute_case_files';
export const RECORD_HISTORIES_COLLECTION = 'record_histories';

const OBJECTION_EVENTS: readonly string[] = ['ObjectionFiled', 'ObjectionForwarded', 'ObjectionDecided', 'RecordCorrected'];

/**
 * Dispute case files (`GET /disputes/{oid}`): the case file of the objection plus the history of
 * the record it disputes (join on `recordKey`). Every record's history is kept, since any record
 * may be disputed later and the events that made it come before the objection.
 */
export const disputeCaseFilesProjection: ProjectionDefinition = {
  name: 'dispute-case-files',
  version: 1,
  handles: SUBJECT_EVENT_TYPES.filter((type) => type !== 'SubjectRegistered'),
  collections: [
    { name: CASE_FILES_COLLECTION, indexes: ['subjectId', 'recordKey', 'filedAt'] },
    { name: RECORD_HISTORIES_COLLECTION, indexes: ['subjectId', 'kind'] },
  ],
  keysFor: (event) => {
    const subjectId = subjectIdOf(event);
    const caseFile = OBJECTION_EVENTS.includes(event.type) ? [{ collection: CASE_FILES_COLLECTION, id: String(event.data.objectionId) }] : [];
    const ids = new Set(recordsTouchedBy(asSubjectEvent(event)).map((t) => recordDocId(subjectId, t.kind, t.id)));
    return [...caseFile, ...[...ids].map((id) => ({ collection: RECORD_HISTORIES_COLLECTION, id }))];
  },
  evolve: (doc, event, key) =>
    key.collection === CASE_FILES_COLLECTION ? evolveCaseFile(doc as DisputeCaseFileDoc | null, event, key) : evolveRecordHistory(doc as RecordHistoryDoc | null, event, key),
};

function evolveCaseFile(doc: DisputeCaseFileDoc | null, projected: ProjectedEvent, key: DocKey): ViewDoc {
  const current: DisputeCaseFileDoc = doc ?? {
    objectionId: key.id, subjectId: subjectIdOf(projected), target: null, recordKey: null, filedAt: null,
    deadlines: { forwardDueAt: null, centerDueAt: null, departmentDueAt: null }, forwardedTo: null, outcome: null, decidedAt: null, late: null, events: [],
  };
  const withEvent = { ...current, events: withEntry(current.events, caseEventEntry(projected)) };
  const event = asSubjectEvent(projected);
  switch (event.type) {
    case 'ObjectionFiled': {
      const { target, filedAt, forwardDueAt, centerDueAt } = event.data;
      const recordKey = recordDocId(current.subjectId, target.kind, target.id);
      return { ...withEvent, target, recordKey, filedAt, deadlines: { ...current.deadlines, forwardDueAt, centerDueAt } };
    }
    case 'ObjectionForwarded':
      return { ...withEvent, forwardedTo: event.data.toDepartmentId, deadlines: { ...current.deadlines, departmentDueAt: event.data.departmentDueAt } };
    case 'ObjectionDecided':
      return { ...withEvent, outcome: event.data.outcome, decidedAt: event.data.decidedAt, late: event.data.late };
    default:
      return withEvent;
  }
}

function evolveRecordHistory(doc: RecordHistoryDoc | null, projected: ProjectedEvent, key: DocKey): ViewDoc | null {
  const subjectId = subjectIdOf(projected);
  const event = asSubjectEvent(projected);
  const target: RecordTarget | undefined = recordsTouchedBy(event).find((t) => recordDocId(subjectId, t.kind, t.id) === key.id);
  if (target === undefined) return doc;
  const current: RecordHistoryDoc = doc ?? { recordKey: key.id, subjectId, kind: target.kind, recordId: target.id, madeAt: null, objectionIds: [], events: [] };
  const { type, position, revision, recordedAt } = projected;
  const madeAt = current.madeAt === null && RECORD_MAKING_EVENT[target.kind] === type ? { type, position, revision, recordedAt } : current.madeAt;
  const objectionId = event.type === 'ObjectionFiled' ? event.data.objectionId : null;
  const objectionIds = objectionId === null || current.objectionIds.includes(objectionId) ? current.objectionIds : [...current.objectionIds, objectionId];
  return { ...current, madeAt, objectionIds, events: withEntry(current.events, caseEventEntry(projected)) };
}
