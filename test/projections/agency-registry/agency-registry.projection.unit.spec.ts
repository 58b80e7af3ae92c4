import { describe, it, expect } from '@jest/globals';
import type { AgencyEvent } from '../../../domain/agency/events.js';
import type { AgencyRegistryDoc } from '../../../projections/agency-registry/agency-registry.doc.js';
import { AGENCIES_COLLECTION, agencyRegistryProjection } from '../../../projections/agency-registry/agency-registry.projection.js';
import { agencyStatusOn } from '../../../projections/agency-registry/agency-status.js';
import { AGENCY_ID, breach, exited, filed, lifted, recognised, staff, suspended, USCC } from '../../domain/agency/fixtures.js';
import { ProjectionHarness, projected, streamOf } from '../support/harness.js';

const STREAM = `agency-${AGENCY_ID}`;

async function registry(...events: AgencyEvent[]): Promise<AgencyRegistryDoc> {
  const h = await new ProjectionHarness(agencyRegistryProjection).apply(...streamOf(STREAM, [filed, ...events]));
  return h.doc(AGENCIES_COLLECTION, AGENCY_ID) as AgencyRegistryDoc;
}

describe('agency-registry projection', () => {
  it('A15, A20: AgencyFiled lists the agency with its filing authority, level, number and date', async () => {
    expect(await registry()).toEqual({
      agencyId: AGENCY_ID, name: '昆山诚信评估有限公司', uscc: USCC, usccWarnings: [],
      eligibleBy: 'filing', filing: { authority: '昆山市社会信用体系建设领导小组办公室', level: 'city', number: 'KS-XY-2020-017', filedOn: '2020-05-11' }, recognition: null,
      recordedAt: '2020-05-11T10:00:00+08:00', status: 'filed', suspensions: [], exit: null, exitedForMisconduct: false,
      currentStaff: {}, staffCount: 0, knownStaffIds: [], breaches: [], breachCount: 0,
    });
  });

  it('A15, A20 (备案或认可): AgencyRecognised lists the agency as eligible by recognition, with the recognising body, document and date, and no filing', async () => {
    const h = await new ProjectionHarness(agencyRegistryProjection).apply(...streamOf(STREAM, [recognised, suspended('2025-03-01', '2025-05-31')]));
    const doc = h.doc(AGENCIES_COLLECTION, AGENCY_ID) as AgencyRegistryDoc;
    expect(doc).toMatchObject({
      agencyId: AGENCY_ID, uscc: USCC, eligibleBy: 'recognition', filing: null, status: 'filed',
      recognition: { authority: '苏州市社会信用体系建设领导小组办公室', level: 'city', document: '苏信办认〔2020〕2号', recognisedOn: '2020-05-11' },
    });
    expect(agencyStatusOn(doc, '2020-05-10')).toBe('not-filed');
    expect(agencyStatusOn(doc, '2020-05-11')).toBe('in-force');
    expect(agencyStatusOn(doc, '2025-04-01')).toBe('suspended');
  });

  it('A26: AgencySuspended records the suspension; the agency is suspended within it and in force after', async () => {
    const doc = await registry(suspended('2025-03-01', '2025-05-31'));
    expect(doc.suspensions).toEqual([{ from: '2025-03-01', until: '2025-05-31', liftedOn: null, reason: '报告质量抽查不合格', basisDocument: '昆信用办〔2025〕3号', liftBasisDocument: null }]);
    expect(agencyStatusOn(doc, '2025-04-01')).toBe('suspended');
    expect(agencyStatusOn(doc, '2025-06-01')).toBe('in-force');
  });

  it('A26: AgencySuspensionLifted ends the open suspension the day before the lift', async () => {
    const doc = await registry(suspended('2025-03-01', null), lifted('2025-04-15'));
    expect(doc.suspensions[0]).toMatchObject({ liftedOn: '2025-04-15', liftBasisDocument: '昆信用办〔2025〕9号' });
    expect(agencyStatusOn(doc, '2025-04-14')).toBe('suspended');
    expect(agencyStatusOn(doc, '2025-04-15')).toBe('in-force');
  });

  it('A26: a lift with no open suspension changes nothing', async () => {
    const doc = await registry(lifted('2025-04-15'));
    expect(doc.suspensions).toEqual([]);
  });

  it('A26: AgencyExited for misconduct marks the agency exited and its reports flagged', async () => {
    const doc = await registry(exited('2025-09-01', 'misconduct'));
    expect(doc).toMatchObject({ status: 'exited', exit: { exitedOn: '2025-09-01', reason: 'misconduct', basisDocument: '昆信用办〔2025〕12号' }, exitedForMisconduct: true });
    expect(agencyStatusOn(doc, '2025-08-31')).toBe('in-force');
    expect(agencyStatusOn(doc, '2025-09-01')).toBe('exited');
  });

  it('A26: a voluntary exit is not flagged as misconduct', async () => {
    expect(await registry(exited('2025-09-01', 'voluntary'))).toMatchObject({ status: 'exited', exitedForMisconduct: false });
  });

  it('A26, A28: AgencyStaffRecorded counts current staff by pseudonymous id and remembers every one', async () => {
    const doc = await registry(staff('ST-1', 'joined', '2024-01-01'), staff('ST-2', 'joined', '2024-02-01'), staff('ST-1', 'left', '2025-01-01'));
    expect(doc).toMatchObject({ currentStaff: { 'ST-2': 'analyst' }, staffCount: 1, knownStaffIds: ['ST-1', 'ST-2'] });
  });

  it('A26: AgencyBreachRecorded lists the breach on the agency\'s record', async () => {
    const doc = await registry(breach);
    expect(doc.breaches).toEqual([{ breachId: 'BR-1', breachClass: 'general', basisDocument: '昆信用办〔2025〕15号', decisionDate: '2025-06-30', summary: '出具的信用报告引用过期数据', staffId: null }]);
    expect(doc.breachCount).toBe(1);
  });

  it('A20: before its filing date the agency is not filed', async () => {
    expect(agencyStatusOn(await registry(), '2020-05-10')).toBe('not-filed');
  });

  it('an event of a stream that never filed creates no document', async () => {
    const h = await new ProjectionHarness(agencyRegistryProjection).apply(...streamOf(STREAM, [exited('2025-09-01', 'misconduct')]));
    expect(h.doc(AGENCIES_COLLECTION, AGENCY_ID)).toBeNull();
  });

  it('applying the whole stream a second time changes nothing (the _position guard)', async () => {
    const events = streamOf(STREAM, [filed, suspended('2025-03-01', null), lifted('2025-04-15'), staff('ST-1', 'joined', '2024-01-01'), breach, exited('2025-09-01', 'misconduct')]);
    const h = await new ProjectionHarness(agencyRegistryProjection).apply(...events);
    const once = h.snapshot();
    await h.apply(...events);
    expect(h.snapshot()).toEqual(once);
  });

  it('evolve itself is idempotent for every agency event', () => {
    let doc = null as ReturnType<typeof agencyRegistryProjection.evolve>;
    const events = streamOf(STREAM, [filed, suspended('2025-03-01', null), lifted('2025-04-15'), staff('ST-1', 'joined', '2024-01-01'), breach, exited('2025-09-01', 'misconduct')]);
    for (const event of events.map(projected)) {
      const [key] = agencyRegistryProjection.keysFor(event);
      const once = agencyRegistryProjection.evolve(doc, event, key!);
      expect(agencyRegistryProjection.evolve(once, event, key!)).toEqual(once);
      doc = once;
    }
  });
});
