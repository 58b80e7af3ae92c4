import type { EventUpcaster, StoredEventData } from '../../kernel/event-catalogue.js';
import type { ReviewRequested } from '../events/reviews.js';

/**
 * ReviewRequested as stored at v1. `forDepartmentId` (A13: the participating department the review
 * is for) was added while the type stayed at v1, so a v1 event may or may not carry it.
 */
export type ReviewRequestedV1 = Omit<ReviewRequested['data'], 'forDepartmentId'> & { readonly forDepartmentId?: string | null };

/**
 * v1 → v2. A10, A13: a department asks for a review of its own matter, so a department's request
 * is for that department; a subject's request named no department before naming one was required
 * (A13 decision), so it is for none (null), as it was read then. A value stored is kept.
 */
export function reviewRequestedV1ToV2(v1: ReviewRequestedV1): ReviewRequested['data'] {
  const { forDepartmentId, ...rest } = v1;
  if (forDepartmentId !== undefined) return { ...rest, forDepartmentId };
  return { ...rest, forDepartmentId: v1.requestedBy.kind === 'department' ? v1.requestedBy.departmentId : null };
}

export const REVIEW_REQUESTED_V1: EventUpcaster = {
  type: 'ReviewRequested',
  fromVersion: 1,
  storedFields: ['reviewId', 'requestedBy', 'area', 'matter', 'receivedAt', 'dueAt', 'dueDate', 'provisional'],
  reads: {
    forDepartmentId:
      "when absent: the requesting department for a department's request (A10, A13: a department asks for its own matter); " +
      "null for a subject's request, which named no department before naming one was required (A13)",
  },
  // The store checked the type and the stored version: the data is the v1 shape.
  upcast: (data: StoredEventData) => reviewRequestedV1ToV2(data as ReviewRequestedV1),
};
