import { describe, it, expect } from '@jest/globals';
import type { SubjectEvent } from '../../../domain/subject/events.js';
import { COMMITMENTS_COLLECTION, SUBJECT_STATUS_COLLECTION, subjectStatusProjection } from '../../../projections/subject-status/subject-status.projection.js';
import type { CommitmentDoc, SubjectStatusDoc } from '../../../projections/subject-status/subject-status.doc.js';
import { breachRecorded, revoked } from '../../domain/subject/fixture-events.js';
import { ProjectionHarness, projected, stored } from '../support/harness.js';
import { scenarioAt, storedScenario, SUBJECT_ID, SUBJECT_STREAM } from '../support/subject-scenario.js';

const CM1 = `${SUBJECT_ID}:commitment:CM-1`;
const statusOf = (h: ProjectionHarness) => h.doc(SUBJECT_STATUS_COLLECTION, SUBJECT_ID) as SubjectStatusDoc;
const commitmentOf = (h: ProjectionHarness, id = CM1) => h.doc(COMMITMENTS_COLLECTION, id) as CommitmentDoc | null;

/** The views just before and just after the `occurrence`-th event of `type` in the decided scenario. */
async function around(type: SubjectEvent['type'], occurrence = 1) {
  const { before, event } = scenarioAt(type, occurrence);
  const h = await new ProjectionHarness(subjectStatusProjection).apply(...before);
  const was = { status: statusOf(h), commitment: commitmentOf(h) };
  await h.apply(event);
  return { was, now: { status: statusOf(h), commitment: commitmentOf(h) } };
}

describe('subject-status projection', () => {
  it('A4: SubjectRegistered starts the document with the organisation name and USCC, no records yet', async () => {
    const { was, now } = await around('SubjectRegistered');
    expect(was.status).toBeNull();
    expect(now.status).toEqual({
      subjectId: SUBJECT_ID, kind: 'organisation', name: '昆山示例精密机械有限公司', uscc: SUBJECT_ID, registeredAt: '2026-01-05T09:00:00+08:00',
      records: { breaches: 0, reviews: 0, reviewReports: 0, creditReports: 0, commitments: 0, objections: 0 }, appliedThrough: 1, lastRecordedAt: '2026-01-05T09:00:00+08:00',
    });
  });

  it.each([
    ['BreachRecorded', 'breaches', 'A9'],
    ['ReviewRequested', 'reviews', 'A10'],
    ['ReviewReportIssued', 'reviewReports', 'A14'],
    ['CreditReportFiled', 'creditReports', 'A19'],
    ['CommitmentMade', 'commitments', 'A6'],
    ['ObjectionFiled', 'objections', 'SH-SCR 36'],
  ] as const)('%s counts one more of the subject\'s %s (%s)', async (type, counter, _article) => {
    const { was, now } = await around(type);
    expect(now.status.records[counter]).toBe(was.status.records[counter] + 1);
    expect(now.status.lastRecordedAt).not.toBeNull();
  });

  it('A6: CommitmentMade opens a commitment in its own document', async () => {
    const { was, now } = await around('CommitmentMade');
    expect(was.commitment).toBeNull();
    expect(now.commitment).toEqual({
      subjectId: SUBJECT_ID, commitmentId: 'CM-1', kind: 'approval-replacing', matter: 'construction permit', departmentId: 'DEP-HOUSING',
      followUpCheckOn: '2026-06-01', madeAt: '2026-02-02T10:00:00+08:00', status: 'open', checkedOn: null, corrected: false,
    });
  });

  it('A8: CommitmentCheckRecorded closes the commitment as kept; the status document is not touched', async () => {
    const { was, now } = await around('CommitmentCheckRecorded');
    expect(was.commitment?.status).toBe('open');
    expect(now.commitment).toMatchObject({ status: 'kept', checkedOn: '2026-02-20' });
    expect(now.status).toEqual(was.status);
  });

  it('A6–A8: a revoked commitment is no longer open, and stays revoked if a check arrives after', async () => {
    const { before, event } = scenarioAt('CommitmentMade');
    const h = await new ProjectionHarness(subjectStatusProjection).apply(...before, event);
    await h.apply(stored(SUBJECT_STREAM, 100, revoked('commitment', 'CM-1', '2026-03-10T10:00:00+08:00')));
    expect(commitmentOf(h)).toMatchObject({ status: 'revoked', corrected: true });
    await h.apply(scenarioAt('CommitmentCheckRecorded').event);
    expect(commitmentOf(h)?.status).toBe('revoked');
  });

  it('A6: RecordCorrected of a commitment shows the corrected matter, kept if the commitment is applied again', async () => {
    const { before, event } = scenarioAt('CommitmentMade');
    const h = await new ProjectionHarness(subjectStatusProjection).apply(...before, event);
    const correction = revoked('commitment', 'CM-1', '2026-03-10T10:00:00+08:00');
    await h.apply(stored(SUBJECT_STREAM, 100, { ...correction, data: { ...correction.data, revokesRecord: false, correction: { matter: 'construction permit (phase 2)' } } }));
    expect(commitmentOf(h)).toMatchObject({ status: 'open', matter: 'construction permit (phase 2)', corrected: true });
    const again = projected(event);
    const [key] = subjectStatusProjection.keysFor(again).filter((k) => k.collection === COMMITMENTS_COLLECTION);
    expect(subjectStatusProjection.evolve(commitmentOf(h), again, key!)).toMatchObject({ matter: 'construction permit (phase 2)' });
  });

  it('a correction of a breach or a report, a check corrected away, amendments, uses and repairs touch no document here', () => {
    const events: SubjectEvent[] = [
      scenarioAt('RecordCorrected').event as unknown as SubjectEvent,
      revoked('commitment-check', 'CM-1', '2026-03-10T10:00:00+08:00'),
      revoked('credit-report', 'CR-1', '2026-03-10T10:00:00+08:00'),
    ];
    for (const event of events) expect(subjectStatusProjection.keysFor(projected(stored(SUBJECT_STREAM, 100, event)))).toEqual([]);
    for (const type of ['ReviewReportAmendmentFlagged', 'ReviewReportAmended', 'ReportUsed', 'LoanCheckRecorded', 'RepairApplied', 'RepairDecided', 'ObjectionForwarded', 'ObjectionDecided'])
      expect(subjectStatusProjection.handles).not.toContain(type);
  });

  it('stays small however many records the subject has: 2,000 breaches are a count, not a list', async () => {
    const h = await new ProjectionHarness(subjectStatusProjection).apply(...scenarioAt('SubjectRegistered').before, scenarioAt('SubjectRegistered').event);
    const small = JSON.stringify(statusOf(h)).length;
    const breaches = Array.from({ length: 2000 }, (_, i) => stored(SUBJECT_STREAM, 10 + i, breachRecorded({ breachId: `BR-${i}` })));
    await h.apply(...breaches);
    expect(statusOf(h).records.breaches).toBe(2000);
    expect(JSON.stringify(statusOf(h)).length).toBeLessThan(small + 20);
  });

  it('applying the whole stream a second time changes nothing (the _position guard)', async () => {
    const h = await new ProjectionHarness(subjectStatusProjection).apply(...storedScenario());
    const once = h.snapshot();
    await h.apply(...storedScenario());
    expect(h.snapshot()).toEqual(once);
    expect(statusOf(h).records).toEqual({ breaches: 2, reviews: 1, reviewReports: 1, creditReports: 1, commitments: 2, objections: 2 });
  });

  it('evolve itself is idempotent: each event applied twice gives the same documents as once (a count never counts twice)', () => {
    const docs = new Map<string, ReturnType<typeof subjectStatusProjection.evolve>>();
    for (const event of storedScenario().map(projected).filter((e) => subjectStatusProjection.handles.includes(e.type))) {
      for (const key of subjectStatusProjection.keysFor(event)) {
        const id = `${key.collection}/${key.id}`;
        const once = subjectStatusProjection.evolve(docs.get(id) ?? null, event, key);
        expect(subjectStatusProjection.evolve(once, event, key)).toEqual(once);
        docs.set(id, once);
      }
    }
    expect([...docs.keys()].sort()).toEqual([`commitments/${SUBJECT_ID}:commitment:CM-1`, `commitments/${SUBJECT_ID}:commitment:CM-R1`, `subject_status/${SUBJECT_ID}`]);
  });
});
