import { describe, it, expect } from '@jest/globals';
import type { SubjectEvent } from '../../../domain/subject/events.js';
import { SUBJECT_STATUS_COLLECTION, subjectStatusProjection } from '../../../projections/subject-status/subject-status.projection.js';
import type { SubjectStatusDoc } from '../../../projections/subject-status/subject-status.doc.js';
import { reviewRequested, revoked } from '../../domain/subject/fixture-events.js';
import { ProjectionHarness, projected, stored } from '../support/harness.js';
import { scenarioAt, storedScenario, SUBJECT_ID, SUBJECT_STREAM } from '../support/subject-scenario.js';

const statusOf = (h: ProjectionHarness) => h.doc(SUBJECT_STATUS_COLLECTION, SUBJECT_ID) as SubjectStatusDoc;

/** The status just before and just after the `occurrence`-th event of `type` in the decided scenario. */
async function around(type: SubjectEvent['type'], occurrence = 1) {
  const { before, event } = scenarioAt(type, occurrence);
  const h = await new ProjectionHarness(subjectStatusProjection).apply(...before);
  const was = statusOf(h);
  await h.apply(event);
  return { was, now: statusOf(h) };
}

describe('subject-status projection', () => {
  it('A4: SubjectRegistered starts the document with the organisation name and USCC', async () => {
    const { was, now } = await around('SubjectRegistered');
    expect(was).toBeNull();
    expect(now).toMatchObject({ subjectId: SUBJECT_ID, kind: 'organisation', name: '昆山示例精密机械有限公司', uscc: SUBJECT_ID, registeredAt: '2026-01-05T09:00:00+08:00' });
  });

  it('A6: CommitmentMade opens a commitment', async () => {
    const { now } = await around('CommitmentMade');
    expect(now.openCommitments).toEqual([
      { commitmentId: 'CM-1', kind: 'approval-replacing', matter: 'construction permit', departmentId: 'DEP-HOUSING', followUpCheckOn: '2026-06-01', madeAt: '2026-02-02T10:00:00+08:00' },
    ]);
  });

  it('A8: CommitmentCheckRecorded closes the commitment', async () => {
    const { was, now } = await around('CommitmentCheckRecorded');
    expect(was.openCommitments.map((c) => c.commitmentId)).toEqual(['CM-1']);
    expect(now.openCommitments).toEqual([]);
  });

  it('A9: BreachRecorded keeps a general breach publishable through its disclosure period', async () => {
    const { now } = await around('BreachRecorded');
    expect(now.breaches).toEqual([
      expect.objectContaining({ breachId: 'BR-1', breachClass: 'general', decisionDate: '2026-01-15', disclosedThrough: '2026-07-15', publishable: true, underObjection: false }),
    ]);
  });

  it('A9: a minor breach disclosed for 0 months is recorded but not publishable', async () => {
    const { now } = await around('BreachRecorded', 2);
    expect(now.breaches.find((b) => b.breachId === 'BR-2')).toMatchObject({ breachClass: 'minor', disclosedThrough: null, publishable: false });
  });

  it('A11: ReviewRequested opens a review with its due instant', async () => {
    const { now } = await around('ReviewRequested');
    expect(now.openReviews).toEqual([
      { reviewId: 'RV-1', area: 'fiscal-funds-policy-loans', matter: 'technology subsidy 2026', receivedAt: '2026-02-02T09:00:00+08:00', dueAt: '2026-02-09T23:59:59.999+08:00', provisional: false },
    ]);
    expect(now.flags.provisionalCalendar).toBe(false);
  });

  it('A11: a review due over a year with no holiday notice raises the provisional-calendar flag', async () => {
    const h = new ProjectionHarness(subjectStatusProjection);
    await h.apply(...storedScenario().slice(0, 1), stored(SUBJECT_STREAM, 2, reviewRequested({ reviewId: 'RV-9', provisional: true })));
    expect(statusOf(h).flags.provisionalCalendar).toBe(true);
  });

  it('A14: ReviewReportIssued records the report with its validity and closes the review', async () => {
    const { now } = await around('ReviewReportIssued');
    expect(now.openReviews).toEqual([]);
    expect(now.reviewReports).toEqual([
      expect.objectContaining({ reviewId: 'RV-1', issuedOn: '2026-02-05', validThrough: '2027-02-05', expiresAt: '2027-02-05T23:59:59.999+08:00', needsAmendment: false }),
    ]);
  });

  it('A14: ReviewReportAmendmentFlagged marks the report and the subject as needing amendment', async () => {
    const { was, now } = await around('ReviewReportAmendmentFlagged');
    expect(was.flags.needsAmendment).toBe(false);
    expect(now.reviewReports[0]).toMatchObject({ reviewId: 'RV-1', needsAmendment: true });
    expect(now.flags.needsAmendment).toBe(true);
  });

  it('A14: ReviewReportAmended clears the flag and shows the amended conclusion', async () => {
    const { now } = await around('ReviewReportAmended');
    expect(now.reviewReports[0]).toMatchObject({ needsAmendment: false, conclusion: 'adverse-record-found', amendedAt: '2026-03-04T10:00:00+08:00', validThrough: '2027-02-05' });
    expect(now.flags.needsAmendment).toBe(false);
  });

  it('A19, A26: CreditReportFiled records the report with its agency (joined with the registry at query time)', async () => {
    const { now } = await around('CreditReportFiled');
    expect(now.creditReports).toEqual([
      { reportId: 'CR-1', agencyId: 'AG-17', rating: { grade: 'AA', modifier: '+' }, issuedOn: '2026-01-20', validThrough: '2027-01-20', expiresAt: '2027-01-20T23:59:59.999+08:00', underObjection: false, objectionUnresolved: false, corrected: false, revoked: false },
    ]);
  });

  it('ObjectionFiled opens the objection and marks the breach under objection at once', async () => {
    const { now } = await around('ObjectionFiled');
    expect(now.openObjections).toEqual([
      { objectionId: 'OB-1', target: { kind: 'breach', id: 'BR-1' }, filedAt: '2026-02-23T10:00:00+08:00', centerDueAt: '2026-02-28T23:59:59.999+08:00', forwardDueAt: '2026-02-25T23:59:59.999+08:00', forwardedTo: null, departmentDueAt: null, provisional: false },
    ]);
    expect(now.breaches[0]).toMatchObject({ breachId: 'BR-1', underObjection: true });
  });

  it('ObjectionForwarded records the department and its deadline', async () => {
    const { now } = await around('ObjectionForwarded');
    expect(now.openObjections[0]).toMatchObject({ forwardedTo: 'DEP-MARKET', departmentDueAt: '2026-03-03T23:59:59.999+08:00' });
  });

  it('ObjectionDecided closes the objection and removes the mark', async () => {
    const { now } = await around('ObjectionDecided');
    expect(now.openObjections).toEqual([]);
    expect(now.breaches[0]).toMatchObject({ underObjection: false, objectionUnresolved: false });
  });

  it('ObjectionDecided "unresolved" shows the record and the objection both', async () => {
    const { was, now } = await around('ObjectionDecided', 2);
    expect(was.creditReports[0]!.underObjection).toBe(true);
    expect(now.creditReports[0]).toMatchObject({ underObjection: false, objectionUnresolved: true });
  });

  it('A9: RecordCorrected shows the breach with its recomputed disclosure period', async () => {
    const { now } = await around('RecordCorrected');
    expect(now.breaches[0]).toMatchObject({ breachId: 'BR-1', disclosedThrough: '2026-04-15', corrected: true, publishable: true });
  });

  it('A19: a revoked credit report is kept but marked revoked', async () => {
    const h = await new ProjectionHarness(subjectStatusProjection).apply(...scenarioAt('ReportUsed').before);
    await h.apply(stored(SUBJECT_STREAM, 100, revoked('credit-report', 'CR-1', '2026-03-10T10:00:00+08:00')));
    expect(statusOf(h).creditReports[0]).toMatchObject({ reportId: 'CR-1', revoked: true, corrected: true });
  });

  it('A6–A8: a revoked commitment is no longer open', async () => {
    const h = await new ProjectionHarness(subjectStatusProjection).apply(...scenarioAt('CommitmentMade').before, scenarioAt('CommitmentMade').event);
    expect(statusOf(h).openCommitments.map((c) => c.commitmentId)).toEqual(['CM-1']);
    await h.apply(stored(SUBJECT_STREAM, 100, revoked('commitment', 'CM-1', '2026-03-10T10:00:00+08:00')));
    expect(statusOf(h).openCommitments).toEqual([]);
  });

  it('A9: a commitment check corrected away also revokes the breach it created', async () => {
    const h = await new ProjectionHarness(subjectStatusProjection).apply(...scenarioAt('RecordCorrected').before);
    expect(statusOf(h).breaches[0]).toMatchObject({ breachId: 'BR-1', revoked: false });
    const correction = revoked('commitment-check', 'CM-1', '2026-03-10T10:00:00+08:00');
    await h.apply(stored(SUBJECT_STREAM, 100, { ...correction, data: { ...correction.data, revokesRecord: false, revokesLinkedBreachId: 'BR-1' } }));
    expect(statusOf(h).breaches[0]).toMatchObject({ breachId: 'BR-1', revoked: true, publishable: false });
  });

  it('A9, 令第36号: an approved RepairDecided ends public disclosure of the breach', async () => {
    const { now } = await around('RepairDecided');
    expect(now.breaches[0]).toMatchObject({ breachId: 'BR-1', repaired: true, publishable: false });
  });

  it('applying the whole stream a second time changes nothing (the _position guard)', async () => {
    const h = await new ProjectionHarness(subjectStatusProjection).apply(...storedScenario());
    const once = h.snapshot();
    await h.apply(...storedScenario());
    expect(h.snapshot()).toEqual(once);
  });

  it('evolve itself is idempotent: each event applied twice gives the same document as once', () => {
    let doc = null as ReturnType<typeof subjectStatusProjection.evolve>;
    for (const event of storedScenario().map(projected).filter((e) => subjectStatusProjection.handles.includes(e.type))) {
      const [key] = subjectStatusProjection.keysFor(event);
      const once = subjectStatusProjection.evolve(doc, event, key!);
      expect(subjectStatusProjection.evolve(once, event, key!)).toEqual(once);
      doc = once;
    }
  });
});
