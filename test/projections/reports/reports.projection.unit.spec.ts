import { describe, it, expect } from '@jest/globals';
import type { SubjectEvent } from '../../../domain/subject/events.js';
import { REPORTS_COLLECTION, reportsProjection } from '../../../projections/reports/reports.projection.js';
import { objectionFiled, revoked } from '../../domain/subject/fixture-events.js';
import { ProjectionHarness, projected, stored } from '../support/harness.js';
import { scenarioAt, scenarioThrough, storedScenario, SUBJECT_ID, SUBJECT_STREAM } from '../support/subject-scenario.js';

const REVIEW_REPORT = `${SUBJECT_ID}:review-report:RV-1`;
const CREDIT_REPORT = `${SUBJECT_ID}:credit-report:CR-1`;

async function through(type: SubjectEvent['type'], occurrence = 1) {
  return new ProjectionHarness(reportsProjection).apply(...scenarioThrough(type, occurrence));
}

describe('reports projection', () => {
  it('A14: ReviewReportIssued makes a review-report document valid through one year', async () => {
    const h = await through('ReviewReportIssued');
    expect(h.doc(REPORTS_COLLECTION, REVIEW_REPORT)).toEqual({
      kind: 'review-report', subjectId: SUBJECT_ID, id: 'RV-1', issuedOn: '2026-02-05', issuedAt: '2026-02-05T15:00:00+08:00',
      validThrough: '2027-02-05', expiresAt: '2027-02-05T23:59:59.999+08:00', agencyId: null, rating: null,
      conclusion: 'no-adverse-record', late: false, needsAmendment: false, amendedAt: null,
      lastObjectionId: null, objectionIds: [], corrected: false, revoked: false, revokedAt: null,
    });
  });

  it('A19: CreditReportFiled makes a credit-report document with its agency and rating', async () => {
    const h = await through('CreditReportFiled');
    expect(h.doc(REPORTS_COLLECTION, CREDIT_REPORT)).toMatchObject({
      kind: 'credit-report', id: 'CR-1', agencyId: 'AG-17', rating: { grade: 'AA', modifier: '+' }, issuedOn: '2026-01-20',
      issuedAt: '2026-01-21T10:00:00+08:00', validThrough: '2027-01-20', expiresAt: '2027-01-20T23:59:59.999+08:00', conclusion: null, needsAmendment: false,
    });
  });

  it('A14: ReviewReportAmendmentFlagged flags the review report', async () => {
    const h = await through('ReviewReportAmendmentFlagged');
    expect(h.doc(REPORTS_COLLECTION, REVIEW_REPORT)).toMatchObject({ needsAmendment: true });
  });

  it('A14: ReviewReportAmended clears the flag, keeps the validity and shows the new conclusion', async () => {
    const h = await through('ReviewReportAmended');
    expect(h.doc(REPORTS_COLLECTION, REVIEW_REPORT)).toMatchObject({
      needsAmendment: false, conclusion: 'adverse-record-found', amendedAt: '2026-03-04T10:00:00+08:00', validThrough: '2027-02-05',
    });
  });

  it('ObjectionFiled against a credit report names the objection on its document', async () => {
    const h = await through('ObjectionFiled', 2);
    expect(h.doc(REPORTS_COLLECTION, CREDIT_REPORT)).toMatchObject({ lastObjectionId: 'OB-2', objectionIds: ['OB-2'] });
  });

  it('ObjectionFiled or RecordCorrected about a breach touches no report', () => {
    const { event } = scenarioAt('ObjectionFiled');
    expect(reportsProjection.keysFor(projected(event))).toEqual([]);
    expect(reportsProjection.keysFor(projected(scenarioAt('RecordCorrected').event))).toEqual([]);
  });

  it('A19: RecordCorrected revoking a credit report marks it revoked from the correction on', async () => {
    const h = await through('CreditReportFiled');
    await h.apply(
      stored(SUBJECT_STREAM, 50, objectionFiled({ objectionId: 'OB-9', target: { kind: 'credit-report', id: 'CR-1' } })),
      stored(SUBJECT_STREAM, 51, revoked('credit-report', 'CR-1', '2026-02-27T10:00:00+08:00')),
    );
    expect(h.doc(REPORTS_COLLECTION, CREDIT_REPORT)).toMatchObject({ revoked: true, revokedAt: '2026-02-27T10:00:00+08:00', corrected: true, lastObjectionId: 'OB-9' });
  });

  it('A16: RecordCorrected with a new rating shows the corrected rating', async () => {
    const h = await through('CreditReportFiled');
    await h.apply(stored(SUBJECT_STREAM, 50, {
      type: 'RecordCorrected',
      data: { objectionId: 'OB-9', target: { kind: 'credit-report', id: 'CR-1' }, correction: { rating: { grade: 'A', modifier: null } }, recomputed: null, revokesRecord: false, correctedAt: '2026-02-27T10:00:00+08:00', disclosureEndsBy: null },
    }));
    expect(h.doc(REPORTS_COLLECTION, CREDIT_REPORT)).toMatchObject({ rating: { grade: 'A', modifier: null }, corrected: true, revoked: false });
  });

  it('an event about a report never recorded creates no document', async () => {
    const h = new ProjectionHarness(reportsProjection);
    await h.apply(stored(SUBJECT_STREAM, 1, { type: 'ReviewReportAmendmentFlagged', data: { reviewId: 'RV-X', causeEventType: 'BreachRecorded', causeId: 'BR-1', flaggedAt: '2026-03-03T09:00:00+08:00' } }));
    expect(h.doc(REPORTS_COLLECTION, `${SUBJECT_ID}:review-report:RV-X`)).toBeNull();
  });

  it('applying the whole stream a second time changes nothing (the _position guard)', async () => {
    const h = await new ProjectionHarness(reportsProjection).apply(...storedScenario());
    const once = h.snapshot();
    await h.apply(...storedScenario());
    expect(h.snapshot()).toEqual(once);
  });

  it('evolve itself is idempotent for every handled event of the stream', () => {
    const docs = new Map<string, ReturnType<typeof reportsProjection.evolve>>();
    for (const event of storedScenario().map(projected).filter((e) => reportsProjection.handles.includes(e.type))) {
      for (const key of reportsProjection.keysFor(event)) {
        const once = reportsProjection.evolve(docs.get(key.id) ?? null, event, key);
        expect(reportsProjection.evolve(once, event, key)).toEqual(once);
        docs.set(key.id, once);
      }
    }
    expect([...docs.keys()].sort()).toEqual([CREDIT_REPORT, REVIEW_REPORT]);
  });
});
