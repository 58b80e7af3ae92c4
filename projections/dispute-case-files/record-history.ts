import type { RecordTarget } from '../../domain/subject/values.js';
import type { ProjectedEvent } from '../kernel/projection.js';
import { asSubjectEvent, recordDocId, subjectIdOf } from '../shared/events.js';
import type { RecordHistoryDoc } from './case-file.doc.js';
import { caseEventEntry } from './event-entry.js';
import { RECORD_MAKING_EVENT, recordsTouchedBy } from './touched-records.js';

/** The record keys (`<subjectId>:<kind>:<recordId>`) an event of a subject stream touches, each once. */
export function recordKeysTouchedBy(event: ProjectedEvent): string[] {
  const subjectId = subjectIdOf(event);
  return [...new Set(recordsTouchedBy(asSubjectEvent(event)).map((t) => recordDocId(subjectId, t.kind, t.id)))];
}

/**
 * A record's history from its subject's events, read from the log when a case file is asked for:
 * every event touching it, the event that made it, the objections filed against it. Kept out of
 * the views on purpose: any record may be disputed one day, and a view of every record's history
 * cost a write per event for the few that are.
 */
export function recordHistoryOf(events: readonly ProjectedEvent[], recordKey: string): RecordHistoryDoc | null {
  let history: RecordHistoryDoc | null = null;
  for (const event of events) {
    const subjectId = subjectIdOf(event);
    const target: RecordTarget | undefined = recordsTouchedBy(asSubjectEvent(event)).find((t) => recordDocId(subjectId, t.kind, t.id) === recordKey);
    if (target === undefined) continue;
    const current: RecordHistoryDoc = history ?? { recordKey, subjectId, kind: target.kind, recordId: target.id, madeAt: null, objectionIds: [], events: [] };
    const { type, position, revision, recordedAt } = event;
    const madeAt = current.madeAt === null && RECORD_MAKING_EVENT[target.kind] === type ? { type, position, revision, recordedAt } : current.madeAt;
    const objectionId = event.type === 'ObjectionFiled' ? String(event.data.objectionId) : null;
    const objectionIds = objectionId === null || current.objectionIds.includes(objectionId) ? current.objectionIds : [...current.objectionIds, objectionId];
    history = { ...current, madeAt, objectionIds, events: [...current.events, caseEventEntry(event)] };
  }
  return history;
}
