import { describe, it, expect } from '@jest/globals';
import type { SubjectEvent } from '../../../domain/subject/events.js';
import { isUnderObjection, type ObjectionDoc } from '../../../projections/objections/objections.doc.js';
import { OBJECTIONS_COLLECTION, objectionsProjection } from '../../../projections/objections/objections.projection.js';
import { objectionFiled } from '../../domain/subject/fixture-events.js';
import { ProjectionHarness, projected, stored } from '../support/harness.js';
import { scenarioThrough, storedScenario, SUBJECT_ID, SUBJECT_STREAM } from '../support/subject-scenario.js';

async function objection(type: SubjectEvent['type'], occurrence = 1, id = 'OB-1'): Promise<ObjectionDoc> {
  const h = await new ProjectionHarness(objectionsProjection).apply(...scenarioThrough(type, occurrence));
  return h.doc(OBJECTIONS_COLLECTION, id) as ObjectionDoc;
}

describe('objections projection', () => {
  it('SH-SCR art. 36: ObjectionFiled opens the objection at the center, due by the end of the 5th working day', async () => {
    expect(await objection('ObjectionFiled')).toEqual({
      objectionId: 'OB-1', subjectId: SUBJECT_ID, target: { kind: 'breach', id: 'BR-1' }, recordKey: `${SUBJECT_ID}:breach:BR-1`,
      reason: 'the fine was paid before the decision', filedAt: '2026-02-23T10:00:00+08:00',
      centerDueAt: '2026-02-28T23:59:59.999+08:00', forwardDueAt: '2026-02-25T23:59:59.999+08:00', provisional: false,
      stage: 'at-center', status: 'open', dueAt: '2026-02-28T23:59:59.999+08:00',
      forwardedTo: null, forwardedAt: null, forwardLate: null, departmentDueAt: null,
      outcome: null, decidedBy: null, reasons: null, decidedAt: null, late: null, correctedAt: null, revokesRecord: false,
    });
  });

  it('SH-SCR art. 37: ObjectionForwarded moves the deadline to the department\'s 5 working days', async () => {
    expect(await objection('ObjectionForwarded')).toMatchObject({
      stage: 'forwarded', status: 'open', forwardedTo: 'DEP-MARKET', forwardedAt: '2026-02-25T16:00:00+08:00', forwardLate: false,
      departmentDueAt: '2026-03-03T23:59:59.999+08:00', dueAt: '2026-03-03T23:59:59.999+08:00',
    });
  });

  it('SH-SCR art. 38: ObjectionDecided closes it: no deadline runs any more', async () => {
    const doc = await objection('ObjectionDecided');
    expect(doc).toMatchObject({ stage: 'decided', status: 'decided', dueAt: null, outcome: 'corrected', decidedBy: { kind: 'department', departmentId: 'DEP-MARKET' }, decidedAt: '2026-02-27T10:00:00+08:00', late: false });
    expect(isUnderObjection(doc)).toBe(false);
  });

  it('an "unresolved" decision is recorded with its reasons', async () => {
    expect(await objection('ObjectionDecided', 2, 'OB-2')).toMatchObject({ outcome: 'unresolved', reasons: 'the agency and the subject disagree', status: 'decided' });
  });

  it('RecordCorrected records when the correction took effect', async () => {
    expect(await objection('RecordCorrected')).toMatchObject({ correctedAt: '2026-02-27T10:00:00+08:00', revokesRecord: false });
  });

  it('an open objection marks its record under objection', async () => {
    expect(isUnderObjection(await objection('ObjectionFiled'))).toBe(true);
    expect(isUnderObjection(null)).toBe(false);
  });

  it('a provisional deadline (no holiday notice for the year) is kept', async () => {
    const h = await new ProjectionHarness(objectionsProjection).apply(stored(SUBJECT_STREAM, 1, objectionFiled({ provisional: true })));
    expect(h.doc(OBJECTIONS_COLLECTION, 'OB-1')).toMatchObject({ provisional: true });
  });

  it('an event about an objection never filed creates no document', async () => {
    const decided = storedScenario().find((e) => e.type === 'ObjectionDecided')!;
    const h = await new ProjectionHarness(objectionsProjection).apply(decided);
    expect(h.doc(OBJECTIONS_COLLECTION, 'OB-1')).toBeNull();
  });

  it('applying the whole stream a second time changes nothing (the _position guard)', async () => {
    const h = await new ProjectionHarness(objectionsProjection).apply(...storedScenario());
    const once = h.snapshot();
    await h.apply(...storedScenario());
    expect(h.snapshot()).toEqual(once);
  });

  it('evolve itself is idempotent for every objection event', () => {
    const docs = new Map<string, ReturnType<typeof objectionsProjection.evolve>>();
    for (const event of storedScenario().map(projected).filter((e) => objectionsProjection.handles.includes(e.type))) {
      const [key] = objectionsProjection.keysFor(event);
      const once = objectionsProjection.evolve(docs.get(key!.id) ?? null, event, key!);
      expect(objectionsProjection.evolve(once, event, key!)).toEqual(once);
      docs.set(key!.id, once);
    }
    expect([...docs.keys()]).toEqual(['OB-1', 'OB-2']);
  });
});
