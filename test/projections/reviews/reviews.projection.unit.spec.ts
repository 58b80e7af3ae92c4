import { describe, it, expect } from '@jest/globals';
import { REVIEWS_COLLECTION, reviewsProjection } from '../../../projections/reviews/reviews.projection.js';
import { reviewReportIssued, reviewRequested } from '../../domain/subject/fixture-events.js';
import { ProjectionHarness, projected, stored } from '../support/harness.js';
import { scenarioThrough, storedScenario, SUBJECT_ID, SUBJECT_STREAM } from '../support/subject-scenario.js';

const REVIEW = `${SUBJECT_ID}:review:RV-1`;

describe('reviews projection', () => {
  it('A11: ReviewRequested records a pending review due at the end of the 5th working day (2026-02-09)', async () => {
    const h = await new ProjectionHarness(reviewsProjection).apply(...scenarioThrough('ReviewRequested'));
    expect(h.doc(REVIEWS_COLLECTION, REVIEW)).toEqual({
      subjectId: SUBJECT_ID, reviewId: 'RV-1', requestedBy: { kind: 'subject' }, forDepartmentId: null,
      area: 'fiscal-funds-policy-loans', matter: 'technology subsidy 2026', receivedAt: '2026-02-02T09:00:00+08:00',
      dueAt: '2026-02-09T23:59:59.999+08:00', dueDate: '2026-02-09', provisional: false,
      status: 'pending', completedAt: null, late: null,
    });
  });

  it('A13: a review a department requested is for that department', async () => {
    const event = reviewRequested({ requestedBy: { kind: 'department', departmentId: 'DEP-FINANCE' }, forDepartmentId: 'DEP-FINANCE' });
    const h = await new ProjectionHarness(reviewsProjection).apply(stored(SUBJECT_STREAM, 1, event));
    expect(h.doc(REVIEWS_COLLECTION, REVIEW)).toMatchObject({ requestedBy: { kind: 'department', departmentId: 'DEP-FINANCE' }, forDepartmentId: 'DEP-FINANCE' });
  });

  it('A10, A11: ReviewReportIssued completes the review on time', async () => {
    const h = await new ProjectionHarness(reviewsProjection).apply(...scenarioThrough('ReviewReportIssued'));
    expect(h.doc(REVIEWS_COLLECTION, REVIEW)).toMatchObject({ status: 'completed', completedAt: '2026-02-05T15:00:00+08:00', late: false });
  });

  it('A11: a report issued after the due instant completes the review as late', async () => {
    const h = await new ProjectionHarness(reviewsProjection).apply(
      stored(SUBJECT_STREAM, 1, reviewRequested()),
      stored(SUBJECT_STREAM, 2, reviewReportIssued({ issuedAt: '2026-02-10T09:00:00+08:00', issuedOn: '2026-02-10', late: true, validThrough: '2027-02-10', expiresAt: '2027-02-10T23:59:59.999+08:00' })),
    );
    expect(h.doc(REVIEWS_COLLECTION, REVIEW)).toMatchObject({ status: 'completed', late: true });
  });

  it('A11: a provisional deadline (no holiday notice for the year) is kept for the read side', async () => {
    const h = await new ProjectionHarness(reviewsProjection).apply(stored(SUBJECT_STREAM, 1, reviewRequested({ provisional: true })));
    expect(h.doc(REVIEWS_COLLECTION, REVIEW)).toMatchObject({ provisional: true, status: 'pending' });
  });

  it('a report for a request never recorded creates no document', async () => {
    const h = await new ProjectionHarness(reviewsProjection).apply(stored(SUBJECT_STREAM, 1, reviewReportIssued({ reviewId: 'RV-X' })));
    expect(h.doc(REVIEWS_COLLECTION, `${SUBJECT_ID}:review:RV-X`)).toBeNull();
  });

  it('applying the whole stream a second time changes nothing (the _position guard)', async () => {
    const h = await new ProjectionHarness(reviewsProjection).apply(...storedScenario());
    const once = h.snapshot();
    await h.apply(...storedScenario());
    expect(h.snapshot()).toEqual(once);
  });

  it('evolve itself is idempotent: a request or issue applied twice changes nothing more', () => {
    let doc = null as ReturnType<typeof reviewsProjection.evolve>;
    for (const event of storedScenario().map(projected).filter((e) => reviewsProjection.handles.includes(e.type))) {
      const [key] = reviewsProjection.keysFor(event);
      const once = reviewsProjection.evolve(doc, event, key!);
      expect(reviewsProjection.evolve(once, event, key!)).toEqual(once);
      doc = once;
    }
    expect(doc).toMatchObject({ status: 'completed' });
  });
});
