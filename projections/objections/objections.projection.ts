import type { ProjectedEvent, ProjectionDefinition, ViewDoc } from '../kernel/projection.js';
import { asSubjectEvent, recordDocId, subjectIdOf } from '../shared/events.js';
import type { ObjectionDoc } from './objections.doc.js';

export const OBJECTIONS_COLLECTION = 'objections';

/** Overdue objections and each objection's standing, one document per objection. */
export const objectionsProjection: ProjectionDefinition = {
  name: 'objections',
  version: 1,
  handles: ['ObjectionFiled', 'ObjectionForwarded', 'ObjectionDecided', 'RecordCorrected'],
  // Overdue (status, dueAt); a subject's objections newest first, its open ones by deadline, and
  // whether one of them has a provisional deadline.
  collections: [{ name: OBJECTIONS_COLLECTION, indexes: ['status,dueAt', 'subjectId,filedAt', 'subjectId,status,dueAt', 'subjectId,status,provisional'] }],
  keysFor: (event) => [{ collection: OBJECTIONS_COLLECTION, id: String(event.data.objectionId) }],
  evolve: (doc, event) => evolveObjection(doc as ObjectionDoc | null, event),
};

function evolveObjection(doc: ObjectionDoc | null, projected: ProjectedEvent): ViewDoc | null {
  const event = asSubjectEvent(projected);
  if (event.type === 'ObjectionFiled') {
    const { objectionId, target, reason, filedAt, centerDueAt, forwardDueAt, provisional } = event.data;
    const subjectId = subjectIdOf(projected);
    const filed = { objectionId, subjectId, target, recordKey: recordDocId(subjectId, target.kind, target.id), reason, filedAt, centerDueAt, forwardDueAt };
    if (doc !== null) return { ...doc, ...filed };
    return {
      ...filed, provisional, stage: 'at-center', status: 'open', dueAt: centerDueAt,
      forwardedTo: null, forwardedAt: null, forwardLate: null, departmentDueAt: null,
      outcome: null, decidedBy: null, reasons: null, decidedAt: null, late: null, correctedAt: null, revokesRecord: false,
    };
  }
  if (doc === null) return null; // never filed: nothing to follow
  switch (event.type) {
    case 'ObjectionForwarded': {
      const { toDepartmentId, forwardedAt, late, departmentDueAt, provisional } = event.data;
      const forwarded = { forwardedTo: toDepartmentId, forwardedAt, forwardLate: late, departmentDueAt, provisional: doc.provisional || provisional };
      // Once decided, the deadline no longer runs.
      return doc.status === 'decided' ? { ...doc, ...forwarded } : { ...doc, ...forwarded, stage: 'forwarded', dueAt: departmentDueAt };
    }
    case 'ObjectionDecided': {
      const { outcome, decidedBy, reasons, decidedAt, late } = event.data;
      return { ...doc, stage: 'decided', status: 'decided', dueAt: null, outcome, decidedBy, reasons, decidedAt, late };
    }
    case 'RecordCorrected':
      return { ...doc, correctedAt: event.data.correctedAt, revokesRecord: doc.revokesRecord || event.data.revokesRecord };
    default:
      return doc;
  }
}
