import type { ProjectedEvent, ProjectionDefinition, ViewDoc } from '../kernel/projection.js';
import { asSubjectEvent, recordDocId, subjectIdOf } from '../shared/events.js';
import type { ReviewDoc } from './reviews.doc.js';

export const REVIEWS_COLLECTION = 'reviews';

/** Overdue reviews and reviews due soon (A11), one document per review request. */
export const reviewsProjection: ProjectionDefinition = {
  name: 'reviews',
  version: 1,
  handles: ['ReviewRequested', 'ReviewReportIssued'],
  // Overdue / due soon (status, dueAt); a subject's reviews newest first, its open ones by deadline,
  // and whether one of them has a provisional deadline: each a range of one index.
  collections: [{ name: REVIEWS_COLLECTION, indexes: ['status,dueAt', 'subjectId,receivedAt', 'subjectId,status,dueAt', 'subjectId,status,provisional'] }],
  keysFor: (event) => [{ collection: REVIEWS_COLLECTION, id: recordDocId(subjectIdOf(event), 'review', String(event.data.reviewId)) }],
  evolve: (doc, event) => evolveReview(doc as ReviewDoc | null, event),
};

function evolveReview(doc: ReviewDoc | null, projected: ProjectedEvent): ViewDoc | null {
  const event = asSubjectEvent(projected);
  switch (event.type) {
    case 'ReviewRequested': {
      const { reviewId, requestedBy, forDepartmentId, area, matter, receivedAt, dueAt, dueDate, provisional } = event.data;
      const request = { subjectId: subjectIdOf(projected), reviewId, requestedBy, forDepartmentId, area, matter, receivedAt, dueAt, dueDate, provisional };
      return { ...request, status: doc?.status ?? 'pending', completedAt: doc?.completedAt ?? null, late: doc?.late ?? null };
    }
    case 'ReviewReportIssued':
      // A10, A11: issued (late or not); a report for a request never recorded has nothing to complete.
      return doc === null ? null : { ...doc, status: 'completed', completedAt: event.data.issuedAt, late: event.data.late };
    default:
      return doc;
  }
}
