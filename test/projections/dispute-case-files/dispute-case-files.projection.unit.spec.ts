import { describe, it, expect } from '@jest/globals';
import type { DisputeCaseFileDoc, RecordHistoryDoc } from '../../../projections/dispute-case-files/case-file.doc.js';
import { CASE_FILES_COLLECTION, disputeCaseFilesProjection } from '../../../projections/dispute-case-files/dispute-case-files.projection.js';
import { recordHistoryOf, recordKeysTouchedBy } from '../../../projections/dispute-case-files/record-history.js';
import { ProjectionHarness, projected } from '../support/harness.js';
import { storedScenario, SUBJECT_ID } from '../support/subject-scenario.js';

const BR1 = `${SUBJECT_ID}:breach:BR-1`;
const CR1 = `${SUBJECT_ID}:credit-report:CR-1`;

async function built() {
  const h = await new ProjectionHarness(disputeCaseFilesProjection).apply(...storedScenario());
  return {
    h,
    caseFile: (id: string) => h.doc(CASE_FILES_COLLECTION, id) as DisputeCaseFileDoc,
    // A record's history is read from the subject's stream when a case file is asked for.
    history: (key: string) => recordHistoryOf(storedScenario().map(projected), key) as RecordHistoryDoc,
  };
}

const typesOf = (doc: { events: readonly { type: string }[] }) => doc.events.map((e) => e.type);
const eventOf = (type: string, occurrence = 1) => projected(storedScenario().filter((e) => e.type === type)[occurrence - 1]!);
const keysOf = (type: string, occurrence = 1) => disputeCaseFilesProjection.keysFor(eventOf(type, occurrence)).map((k) => `${k.collection}/${k.id}`);
/** The records whose history an event belongs to (`record_histories/` kept as the prefix the reader knows them by). */
const touched = (type: string, occurrence = 1) => recordKeysTouchedBy(eventOf(type, occurrence)).map((key) => `record_histories/${key}`);

describe('dispute-case-files projection', () => {
  it('a case file holds the objection, its deadlines, outcome and its own events (filed, forwarded, decided, corrected)', async () => {
    const { caseFile } = await built();
    expect(caseFile('OB-1')).toMatchObject({
      objectionId: 'OB-1', subjectId: SUBJECT_ID, target: { kind: 'breach', id: 'BR-1' }, recordKey: BR1, filedAt: '2026-02-23T10:00:00+08:00',
      deadlines: { forwardDueAt: '2026-02-25T23:59:59.999+08:00', centerDueAt: '2026-02-28T23:59:59.999+08:00', departmentDueAt: '2026-03-03T23:59:59.999+08:00' },
      forwardedTo: 'DEP-MARKET', outcome: 'corrected', decidedAt: '2026-02-27T10:00:00+08:00', late: false,
    });
    expect(typesOf(caseFile('OB-1'))).toEqual(['ObjectionFiled', 'ObjectionForwarded', 'ObjectionDecided', 'RecordCorrected']);
  });

  it('each listed event says where, when, by whom, and its data in short', async () => {
    const { caseFile } = await built();
    expect(caseFile('OB-1').events[1]).toEqual({
      type: 'ObjectionForwarded', position: 10, revision: 9, recordedAt: '2026-02-25T16:00:00+08:00',
      actor: { kind: 'department', id: 'officer-7', department: 'ks-drc' },
      summary: { objectionId: 'OB-1', toDepartmentId: 'DEP-MARKET', forwardedAt: '2026-02-25T16:00:00+08:00', late: false, departmentDueAt: '2026-03-03T23:59:59.999+08:00', provisional: false },
    });
  });

  it('the disputed breach\'s history lists every event naming it, and the event that made it', async () => {
    const { history } = await built();
    expect(history(BR1)).toMatchObject({
      recordKey: BR1, subjectId: SUBJECT_ID, kind: 'breach', recordId: 'BR-1', objectionIds: ['OB-1'],
      madeAt: { type: 'BreachRecorded', position: 2, revision: 1, recordedAt: '2026-01-16T09:00:00+08:00' },
    });
    expect(typesOf(history(BR1))).toEqual(['BreachRecorded', 'ObjectionFiled', 'RecordCorrected', 'RepairApplied', 'RepairDecided']);
  });

  it('a disputed credit report\'s history includes the loan check and the use that relied on it', async () => {
    const { history, caseFile } = await built();
    expect(caseFile('OB-2')).toMatchObject({ recordKey: CR1, outcome: 'unresolved' });
    expect(typesOf(history(CR1))).toEqual(['CreditReportFiled', 'LoanCheckRecorded', 'ReportUsed', 'ObjectionFiled']);
  });

  it('CommitmentMade, CommitmentCheckRecorded and BreachRecorded name the commitment, its check and the breach', () => {
    expect(touched('CommitmentMade')).toEqual([`record_histories/${SUBJECT_ID}:commitment:CM-1`]);
    expect(touched('CommitmentCheckRecorded')).toEqual([`record_histories/${SUBJECT_ID}:commitment-check:CM-1`, `record_histories/${SUBJECT_ID}:commitment:CM-1`]);
    expect(touched('BreachRecorded')).toEqual([`record_histories/${BR1}`]);
  });

  it('A14: review events name the review report; a flag caused by a breach names the breach too', () => {
    const RV1 = `record_histories/${SUBJECT_ID}:review-report:RV-1`;
    expect(touched('ReviewRequested')).toEqual([RV1]);
    expect(touched('ReviewReportIssued')).toEqual([RV1]);
    expect(touched('ReviewReportAmended')).toEqual([RV1]);
    expect(touched('ReviewReportAmendmentFlagged', 1)).toEqual([RV1]);
    expect(touched('ReviewReportAmendmentFlagged', 2)).toEqual([RV1, `record_histories/${SUBJECT_ID}:breach:BR-2`]);
  });

  it('A18, A25: LoanCheckRecorded and ReportUsed name their own record and the report relied on', () => {
    expect(touched('LoanCheckRecorded')).toEqual([`record_histories/${SUBJECT_ID}:loan-check:LC-1`, `record_histories/${CR1}`]);
    expect(touched('ReportUsed')).toEqual([`record_histories/${SUBJECT_ID}:report-use:US-1`, `record_histories/${CR1}`]);
  });

  it('objection events go to the case file (and nothing else is written); filing and correcting also belong to the record\'s history', () => {
    expect(keysOf('ObjectionFiled')).toEqual(['dispute_case_files/OB-1']);
    expect(keysOf('ObjectionForwarded')).toEqual(['dispute_case_files/OB-1']);
    expect(keysOf('ObjectionDecided')).toEqual(['dispute_case_files/OB-1']);
    expect(keysOf('RecordCorrected')).toEqual(['dispute_case_files/OB-1']);
    expect(touched('ObjectionFiled')).toEqual([`record_histories/${BR1}`]);
    expect(touched('ObjectionForwarded')).toEqual([]);
    expect(touched('RecordCorrected')).toEqual([`record_histories/${BR1}`]);
  });

  it('令第36号: RepairApplied and RepairDecided name the breach, the repair decision and the repair commitment', () => {
    expect(touched('RepairApplied')).toEqual([`record_histories/${BR1}`, `record_histories/${SUBJECT_ID}:repair-decision:RP-1`, `record_histories/${SUBJECT_ID}:commitment:CM-R1`]);
    expect(touched('RepairDecided')).toEqual([`record_histories/${BR1}`, `record_histories/${SUBJECT_ID}:repair-decision:RP-1`]);
  });

  it('applying the whole stream a second time changes nothing (the _position guard)', async () => {
    const { h } = await built();
    const once = h.snapshot();
    await h.apply(...storedScenario());
    expect(h.snapshot()).toEqual(once);
  });

  it('evolve itself is idempotent: an event already listed is not listed twice', () => {
    const docs = new Map<string, ReturnType<typeof disputeCaseFilesProjection.evolve>>();
    for (const event of storedScenario().map(projected).filter((e) => disputeCaseFilesProjection.handles.includes(e.type))) {
      for (const key of disputeCaseFilesProjection.keysFor(event)) {
        const id = `${key.collection}/${key.id}`;
        const once = disputeCaseFilesProjection.evolve(docs.get(id) ?? null, event, key);
        expect(disputeCaseFilesProjection.evolve(once, event, key)).toEqual(once);
        docs.set(id, once);
      }
    }
  });
});
