import type { SubjectEvent } from '../../domain/subject/events.js';
import type { ProjectedEvent, ProjectionDefinition, ViewDoc } from '../kernel/projection.js';
import { asSubjectEvent, shanghaiYearOf } from '../shared/events.js';
import type { DepartmentUsageDoc, UsageCounter } from './department-usage.doc.js';

export const DEPARTMENT_USAGE_COLLECTION = 'department_usage';

/** One counted use: who, which counter, when, and the kind of user if the event names it. */
type Use = { readonly userId: string; readonly counter: UsageCounter; readonly at: string; readonly userKind: DepartmentUsageDoc['userKind'] };

/**
 * A25 yearly usage per department (A29 user organisations and banks counted apart by id). Counters
 * are not idempotent by themselves: a replayed event is skipped by the runner's `_position` guard.
 */
export const departmentUsageProjection: ProjectionDefinition = {
  name: 'department-usage',
  version: 1,
  handles: ['ReviewRequested', 'ReportUsed', 'CommitmentMade', 'BreachRecorded', 'CommitmentCheckRecorded', 'LoanCheckRecorded'],
  collections: [{ name: DEPARTMENT_USAGE_COLLECTION, indexes: ['departmentId', 'year', 'userKind'] }],
  keysFor: (event) => {
    const use = useOf(asSubjectEvent(event));
    return use === null ? [] : [{ collection: DEPARTMENT_USAGE_COLLECTION, id: `${use.userId}:${shanghaiYearOf(use.at, event.recordedAt)}` }];
  },
  evolve: (doc, event) => countUse(doc as DepartmentUsageDoc | null, event),
};

function useOf(event: SubjectEvent): Use | null {
  switch (event.type) {
    case 'ReviewRequested': {
      // A13: counted for the department the review is for (the requester, or the one the subject named).
      const { forDepartmentId, receivedAt } = event.data;
      return forDepartmentId === null ? null : { userId: forDepartmentId, counter: 'reviewsRequested', at: receivedAt, userKind: null };
    }
    case 'ReportUsed':
      return { userId: event.data.usedBy.id, counter: 'reportsUsed', at: event.data.usedAt, userKind: event.data.usedBy.kind };
    case 'CommitmentMade':
      return { userId: event.data.departmentId, counter: 'commitmentsTaken', at: event.data.madeAt, userKind: null };
    case 'BreachRecorded':
      return { userId: event.data.departmentId, counter: 'breachesRecorded', at: event.data.recordedAt, userKind: null };
    case 'CommitmentCheckRecorded':
      return { userId: event.data.departmentId, counter: 'checksMade', at: event.data.recordedAt, userKind: null };
    case 'LoanCheckRecorded':
      return { userId: event.data.bankId, counter: 'loanChecks', at: event.data.checkedAt, userKind: 'bank' };
    default:
      return null;
  }
}

function countUse(doc: DepartmentUsageDoc | null, projected: ProjectedEvent): ViewDoc | null {
  const use = useOf(asSubjectEvent(projected));
  if (use === null) return doc;
  const current: DepartmentUsageDoc = doc ?? {
    departmentId: use.userId,
    year: shanghaiYearOf(use.at, projected.recordedAt),
    userKind: null,
    reviewsRequested: 0,
    reportsUsed: 0,
    commitmentsTaken: 0,
    breachesRecorded: 0,
    checksMade: 0,
    loanChecks: 0,
    lastCountedAt: use.at,
  };
  return { ...current, [use.counter]: current[use.counter] + 1, userKind: use.userKind ?? current.userKind, lastCountedAt: use.at };
}
