import type { DocKey, ProjectedEvent, ProjectionDefinition, ViewDoc } from '../kernel/projection.js';
import { asSubjectEvent, recordDocId, subjectIdOf } from '../shared/events.js';
import type { DisputeCaseFileDoc } from './case-file.doc.js';
import { caseEventEntry, withEntry } from './event-entry.js';

export const CASE_FILES_COLLECTION = 'dispute_case_files';

const OBJECTION_EVENTS: readonly string[] = ['ObjectionFiled', 'ObjectionForwarded', 'ObjectionDecided', 'RecordCorrected'];

/**
 * Dispute case files (`GET /disputes/{oid}`): one per objection, its own events, deadlines and
 * outcome. The disputed record's history (`recordKey`) is read from the subject's stream when the
 * case file is asked for (record-history.ts): v1 kept every record's history as a view, a write per
 * event for the few records ever disputed.
 */
export const disputeCaseFilesProjection: ProjectionDefinition = {
  name: 'dispute-case-files',
  version: 2,
  handles: OBJECTION_EVENTS,
  collections: [{ name: CASE_FILES_COLLECTION, indexes: ['subjectId', 'recordKey', 'filedAt'] }],
  keysFor: (event) => [{ collection: CASE_FILES_COLLECTION, id: String(event.data.objectionId) }],
  evolve: (doc, event, key) => evolveCaseFile(doc as DisputeCaseFileDoc | null, event, key),
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
