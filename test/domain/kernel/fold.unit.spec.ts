import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { agencyDecider } from '../../../domain/agency/decider.js';
import type { AgencyEvent } from '../../../domain/agency/events.js';
import { departmentDecider } from '../../../domain/department/decider.js';
import type { DepartmentEvent } from '../../../domain/department/events.js';
import { fold, foldFrom, type Decider } from '../../../domain/kernel/decider.js';
import type { SubjectEvent } from '../../../domain/subject/events.js';
import { breach, filed, lifted, staff, suspended } from '../agency/fixtures.js';
import { registered as departmentRegistered, renamed, ruleRetired, ruleSet } from '../department/fixtures.js';
import { checkCommitment, decideObjection, fileObjection, makeCommitment } from '../subject/fixture-commands.js';
import { correct } from '../subject/fixture-objections.js';
import { decided } from '../subject/fixtures.js';
import { decider } from '../subject/fixtures.js';
import { streamArbitrary } from '../subject/random-streams.js';
import { deepFreeze, textOf } from './deep.js';

/** The reference: evolve alone, each step on a deep copy of the state before (what the O(n²) fold did, without sharing anything). */
function naiveFold<C, E, S>(d: Decider<C, E, S>, events: readonly E[]): S {
  return events.reduce((state, event) => d.evolve(structuredClone(state), event), d.initialState);
}

/** fold = naive fold, in value and in key order; folding on from a frozen state (a cached one) never writes into it. */
function checkLinearFold<C, E, S>(d: Decider<C, E, S>, events: readonly E[], cut: number): void {
  const expected = textOf(naiveFold(d, events));
  expect(textOf(fold(d, events))).toBe(expected);
  const at = Math.min(cut, events.length);
  const prefix = deepFreeze(fold(d, events.slice(0, at)));
  const before = textOf(prefix);
  expect(textOf(foldFrom(d, prefix, events.slice(at)))).toBe(expected);
  expect(textOf(prefix)).toBe(before);
}

describe('the kernel fold is linear and equals folding with evolve alone', () => {
  const subject = decider();

  it('subject streams decided by the real decider (refusals skipped): fold equals the naive fold, and a cached state folded on is never changed', () => {
    fc.assert(fc.property(streamArbitrary, fc.nat(80), (events, cut) => checkLinearFold(subject, events, cut)), { numRuns: 150 });
  });

  it('the generated streams reach the paths that grow per record (corrections, unresolved objections, earlier checks, amendment causes, repairs)', () => {
    const types = new Set<string>();
    fc.assert(fc.property(streamArbitrary, (events) => { events.forEach((event) => types.add(event.type)); }), { numRuns: 150, seed: 20260306 });
    expect([...types].sort()).toEqual(expect.arrayContaining([
      'BreachRecorded', 'CommitmentCheckRecorded', 'CommitmentMade', 'CreditReportFiled', 'LoanCheckRecorded', 'ObjectionDecided', 'ObjectionFiled',
      'ObjectionForwarded', 'RecordCorrected', 'RepairApplied', 'RepairDecided', 'ReportUsed', 'ReviewReportAmended', 'ReviewReportAmendmentFlagged',
      'ReviewReportIssued', 'ReviewRequested', 'SubjectRegistered',
    ]));
  });

  it('A8, SH-SCR arts. 37–38: a check revoked twice and checked again, objections left unresolved: the arrays that grow per record match the naive fold', () => {
    const check = { kind: 'commitment-check', id: 'CM-1' } as const;
    const breach = (breachId: string, decisionDate: string) => ({ breachId, breachClass: 'general' as const, basisDocument: '昆住建罚〔2026〕3号', decisionDate, disclosureMonths: 3, summary: 'materials found untrue', subjectMinorOnDecision: false });
    const events = decided(
      makeCommitment(),
      checkCommitment({ outcome: 'breached', breach: breach('BR-9', '2026-02-20') }),
      fileObjection({ target: check }),
      correct({}, { revokesRecord: true }),
      checkCommitment({ now: '2026-03-02T10:00:00+08:00', checkedOn: '2026-03-02', outcome: 'breached', breach: breach('BR-10', '2026-03-02') }),
      fileObjection({ now: '2026-03-03T10:00:00+08:00', objectionId: 'OB-2', target: check }),
      correct({}, { now: '2026-03-04T10:00:00+08:00', objectionId: 'OB-2', revokesRecord: true }),
      checkCommitment({ now: '2026-03-09T10:00:00+08:00', checkedOn: '2026-03-09' }),
      fileObjection({ now: '2026-03-10T10:00:00+08:00', objectionId: 'OB-3', target: { kind: 'breach', id: 'BR-10' } }),
      decideObjection({ now: '2026-03-11T10:00:00+08:00', objectionId: 'OB-3', outcome: 'unresolved', reasons: 'both shown' }),
      fileObjection({ now: '2026-03-12T10:00:00+08:00', objectionId: 'OB-4', target: { kind: 'breach', id: 'BR-10' } }),
      decideObjection({ now: '2026-03-13T10:00:00+08:00', objectionId: 'OB-4', outcome: 'unresolved', reasons: 'still both shown' }),
    );
    const state = fold(subject, events);
    expect(state.commitments['CM-1']!.earlierChecks).toHaveLength(2);
    expect(state.annotations['breach:BR-10']!.unresolvedObjectionIds).toEqual(['OB-3', 'OB-4']);
    for (let cut = 0; cut <= events.length; cut += 1) checkLinearFold(subject, events, cut);
  });

  it('evolve alone (no fold) never writes into the state it is given', () => {
    fc.assert(fc.property(streamArbitrary, (events) => {
      let state = deepFreeze(subject.initialState);
      for (const event of events) state = deepFreeze(subject.evolve(state, event as SubjectEvent));
      expect(textOf(state)).toBe(textOf(naiveFold(subject, events)));
    }), { numRuns: 50 });
  });

  it('agency streams (A26 staff joining and leaving, suspensions and lifts, breaches): fold equals the naive fold', () => {
    const agencyEvent: fc.Arbitrary<AgencyEvent> = fc.oneof(
      fc.tuple(fc.nat(5), fc.boolean()).map(([n, joined]) => staff(`staff-${n}`, joined ? 'joined' : 'left', '2025-03-01')),
      fc.nat(20).map((day) => suspended(`2025-04-${String(day + 1).padStart(2, '0')}`, null)),
      fc.nat(20).map((day) => lifted(`2025-04-${String(day + 5).padStart(2, '0')}`)),
      fc.nat(5).map((n) => ({ ...breach, data: { ...breach.data, breachId: `BR-${n}` } })),
    );
    fc.assert(fc.property(fc.array(agencyEvent, { maxLength: 40 }), fc.nat(40), (events, cut) => checkLinearFold(agencyDecider, [filed, ...events], cut)), { numRuns: 150 });
  });

  it('department streams (A24 rules set and retired, renames): fold equals the naive fold', () => {
    const departmentEvent: fc.Arbitrary<DepartmentEvent> = fc.oneof(
      fc.nat(4).map((n) => ruleSet(`rule-${n}`, '2025-01-01')),
      fc.nat(4).map((n) => ruleRetired(`rule-${n}`, '2025-06-01')),
      fc.nat(9).map((n) => renamed(`名称${n}`, `Name ${n}`, `2025-0${n + 1}-01`)),
    );
    fc.assert(fc.property(fc.array(departmentEvent, { maxLength: 30 }), fc.nat(30), (events, cut) => checkLinearFold(departmentDecider, [departmentRegistered, ...events], cut)), { numRuns: 150 });
  });
});
