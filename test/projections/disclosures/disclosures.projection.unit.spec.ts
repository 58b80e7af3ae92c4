import { describe, it, expect } from '@jest/globals';
import type { SubjectRegistered } from '../../../domain/subject/events.js';
import { DISCLOSURE_SUBJECTS_COLLECTION, DISCLOSURES_COLLECTION, disclosuresProjection } from '../../../projections/disclosures/disclosures.projection.js';
import { breachRecorded, revoked } from '../../domain/subject/fixture-events.js';
import { ProjectionHarness, projected, stored } from '../support/harness.js';
import { scenarioThrough, storedScenario, SUBJECT_ID, SUBJECT_STREAM } from '../support/subject-scenario.js';

const BR1 = `${SUBJECT_ID}:breach:BR-1`;
const PERSON = 'p-7f3a9c';

const personRegistered: SubjectRegistered = {
  type: 'SubjectRegistered',
  data: { subjectId: PERSON, kind: 'person', uscc: null, name: null, legalRepresentative: null, divisionCode: '320583', usccWarnings: [], registeredAt: '2026-01-05T09:00:00+08:00' },
};

const through = async (type: Parameters<typeof scenarioThrough>[0], occurrence = 1) =>
  new ProjectionHarness(disclosuresProjection).apply(...scenarioThrough(type, occurrence));

describe('disclosures projection', () => {
  it('A28: SubjectRegistered of an organisation publishes its name and USCC', async () => {
    const h = await through('SubjectRegistered');
    expect(h.doc(DISCLOSURE_SUBJECTS_COLLECTION, SUBJECT_ID)).toEqual({
      subjectId: SUBJECT_ID, kind: 'organisation', displayName: '昆山示例精密机械有限公司', uscc: SUBJECT_ID, legalRepresentative: null, masked: false,
    });
  });

  it('A28: SubjectRegistered of a person publishes only the masked marker', async () => {
    const h = await new ProjectionHarness(disclosuresProjection).apply(stored(`subject-${PERSON}`, 1, personRegistered));
    expect(h.doc(DISCLOSURE_SUBJECTS_COLLECTION, PERSON)).toEqual({ subjectId: PERSON, kind: 'person', displayName: '***', uscc: null, legalRepresentative: null, masked: true });
  });

  it('A9: BreachRecorded of a general breach is publishable through its period, with no summary', async () => {
    const h = await through('BreachRecorded');
    expect(h.doc(DISCLOSURES_COLLECTION, BR1)).toEqual({
      breachId: 'BR-1', subjectId: SUBJECT_ID, breachClass: 'general', departmentId: 'DEP-MARKET', basisDocument: '昆市监罚〔2026〕12号',
      decisionDate: '2026-01-15', disclosureMonths: 6, disclosedThrough: '2026-07-15', subjectMinorOnDecision: false,
      repaired: false, repairedAt: null, disclosureEndsBy: null, publishable: true,
      lastObjectionId: null, objectionIds: [], corrected: false, revoked: false, revokedAt: null,
    });
  });

  it('A9: a minor-class breach disclosed for 0 months is not publishable', async () => {
    const h = await through('BreachRecorded', 2);
    expect(h.doc(DISCLOSURES_COLLECTION, `${SUBJECT_ID}:breach:BR-2`)).toMatchObject({ breachClass: 'minor', disclosedThrough: null, publishable: false });
  });

  it('A28: a breach of a subject who was a minor on the decision date is never publishable', async () => {
    const h = await new ProjectionHarness(disclosuresProjection).apply(stored(SUBJECT_STREAM, 1, breachRecorded({ subjectMinorOnDecision: true })));
    expect(h.doc(DISCLOSURES_COLLECTION, BR1)).toMatchObject({ disclosedThrough: '2026-07-15', publishable: false });
  });

  it('ObjectionFiled against the breach names the objection (the read side marks it "under objection" while open)', async () => {
    const h = await through('ObjectionFiled');
    expect(h.doc(DISCLOSURES_COLLECTION, BR1)).toMatchObject({ lastObjectionId: 'OB-1', objectionIds: ['OB-1'], publishable: true });
  });

  it('A9: RecordCorrected shortens the disclosure to the recomputed period', async () => {
    const h = await through('RecordCorrected');
    expect(h.doc(DISCLOSURES_COLLECTION, BR1)).toMatchObject({ disclosureMonths: 3, disclosedThrough: '2026-04-15', corrected: true, publishable: true });
  });

  it('A9: a revoked breach is no longer publishable and keeps the date disclosure ends by', async () => {
    const h = await through('BreachRecorded');
    await h.apply(stored(SUBJECT_STREAM, 40, revoked('breach', 'BR-1', '2026-02-27T10:00:00+08:00', '2026-03-04')));
    expect(h.doc(DISCLOSURES_COLLECTION, BR1)).toMatchObject({ revoked: true, revokedAt: '2026-02-27T10:00:00+08:00', disclosureEndsBy: '2026-03-04', publishable: false });
  });

  it('A8, A9: a breached check corrected to kept revokes the breach it created: no longer publishable', async () => {
    const h = await through('BreachRecorded');
    const checkCorrected = revoked('commitment-check', 'CM-1', '2026-02-27T10:00:00+08:00', '2026-03-04');
    await h.apply(stored(SUBJECT_STREAM, 40, { ...checkCorrected, data: { ...checkCorrected.data, revokesRecord: false, correction: { outcome: 'kept' }, revokesLinkedBreachId: 'BR-1' } }));
    expect(h.doc(DISCLOSURES_COLLECTION, BR1)).toMatchObject({ revoked: true, revokedAt: '2026-02-27T10:00:00+08:00', disclosureEndsBy: '2026-03-04', corrected: false, publishable: false });
  });

  it('A8: a check corrected without a linked breach touches no disclosure', () => {
    const event = projected(stored(SUBJECT_STREAM, 40, revoked('commitment-check', 'CM-1', '2026-02-27T10:00:00+08:00')));
    expect(disclosuresProjection.keysFor(event)).toEqual([]);
  });

  it('令第36号: an approved RepairDecided ends public disclosure', async () => {
    const h = await through('RepairDecided');
    expect(h.doc(DISCLOSURES_COLLECTION, BR1)).toMatchObject({ repaired: true, repairedAt: '2026-04-24T10:00:00+08:00', publishable: false });
  });

  it('令第36号: a refused RepairDecided leaves the disclosure as it was', async () => {
    const h = await through('BreachRecorded');
    await h.apply(stored(SUBJECT_STREAM, 40, {
      type: 'RepairDecided',
      data: { repairId: 'RP-1', breachId: 'BR-1', departmentId: 'DEP-MARKET', outcome: 'refused', reasons: 'fine unpaid', decidedAt: '2026-04-24T10:00:00+08:00' },
    }));
    expect(h.doc(DISCLOSURES_COLLECTION, BR1)).toMatchObject({ repaired: false, publishable: true });
  });

  it('applying the whole stream a second time changes nothing (the _position guard)', async () => {
    const h = await new ProjectionHarness(disclosuresProjection).apply(...storedScenario());
    const once = h.snapshot();
    await h.apply(...storedScenario());
    expect(h.snapshot()).toEqual(once);
  });

  it('evolve itself is idempotent for every handled event of the stream', () => {
    const docs = new Map<string, ReturnType<typeof disclosuresProjection.evolve>>();
    for (const event of storedScenario().map(projected).filter((e) => disclosuresProjection.handles.includes(e.type))) {
      for (const key of disclosuresProjection.keysFor(event)) {
        const id = `${key.collection}/${key.id}`;
        const once = disclosuresProjection.evolve(docs.get(id) ?? null, event, key);
        expect(disclosuresProjection.evolve(once, event, key)).toEqual(once);
        docs.set(id, once);
      }
    }
    expect(docs.size).toBe(3);
  });
});
