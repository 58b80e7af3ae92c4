import { describe, it, expect } from '@jest/globals';
import type { SubjectEvent } from '../../../domain/subject/events.js';
import { INITIAL_SUBJECT_STATE } from '../../../domain/subject/state.js';
import { loanCheckRecordedV1ToV2, recordCorrectedV1ToV2, reviewRequestedV1ToV2 } from '../../../domain/subject/upcasters.js';
import {
  breachRecorded,
  commitmentMade,
  decider,
  history,
  objectionFiled,
  registered,
  repairApplied,
  reviewReportIssued,
  reviewRequested,
  stateOf,
} from './fixtures.js';

const evolve = decider().evolve;

describe('evolve: the subject state folded from its stream', () => {
  it('A4: starts empty and unregistered; registration is kept once (a second one changes nothing)', () => {
    expect(stateOf([])).toEqual(INITIAL_SUBJECT_STATE);
    const other = { ...registered, data: { ...registered.data, name: 'other' } };
    expect(stateOf([registered, other]).registration?.name).toBe(registered.data.name);
  });

  it('A8: a commitment check is kept on the commitment', () => {
    const check: SubjectEvent = { type: 'CommitmentCheckRecorded', data: { commitmentId: 'CM-1', outcome: 'breached', checkedOn: '2026-03-01', departmentId: 'DEP-HOUSING', breachId: 'BR-9', recordedAt: '2026-03-02T10:00:00+08:00' } };
    expect(stateOf(history(commitmentMade(), check)).commitments['CM-1'].check).toEqual({
      outcome: 'breached',
      checkedOn: '2026-03-01',
      departmentId: 'DEP-HOUSING',
      breachId: 'BR-9',
      recordedAt: '2026-03-02T10:00:00+08:00',
    });
  });

  it('令第36号: an application marks the breach pending; approval marks it repaired and the record stays', () => {
    const pending = stateOf(history(breachRecorded(), repairApplied()));
    expect(pending.breaches['BR-1']).toMatchObject({ pendingRepairId: 'RP-1', repairedAt: null });
    const decided: SubjectEvent = { type: 'RepairDecided', data: { repairId: 'RP-1', breachId: 'BR-1', departmentId: 'DEP-MARKET', outcome: 'approved', reasons: null, decidedAt: '2026-04-24T10:00:00+08:00' } };
    const repaired = stateOf(history(breachRecorded(), repairApplied(), decided));
    expect(repaired.breaches['BR-1']).toMatchObject({ pendingRepairId: null, repairedAt: '2026-04-24T10:00:00+08:00', summary: 'failed to keep a quality pledge' });
    expect(repaired.repairs['RP-1'].decision).toEqual({ outcome: 'approved', reasons: null, decidedAt: '2026-04-24T10:00:00+08:00' });
  });

  it('A14: a flag marks the report as needing amendment with its cause', () => {
    const flag: SubjectEvent = { type: 'ReviewReportAmendmentFlagged', data: { reviewId: 'RV-1', causeEventType: 'BreachRecorded', causeId: 'BR-1', flaggedAt: '2026-03-02T10:00:00+08:00' } };
    const report = stateOf(history(reviewRequested(), reviewReportIssued(), flag)).reviews['RV-1'].report;
    expect(report).toMatchObject({ needsAmendment: true, amendmentCauses: [{ causeEventType: 'BreachRecorded', causeId: 'BR-1', flaggedAt: '2026-03-02T10:00:00+08:00' }] });
  });

  it('SH-SCR 36–38: an unresolved objection and a revocation are noted against the record; the record itself is unchanged', () => {
    const unresolved: SubjectEvent = { type: 'ObjectionDecided', data: { objectionId: 'OB-1', decidedBy: { kind: 'center' }, outcome: 'unresolved', reasons: 'cannot verify', decidedAt: '2026-02-27T10:00:00+08:00', late: false } };
    const corrected: SubjectEvent = {
      type: 'RecordCorrected',
      data: {
        objectionId: 'OB-2',
        target: { kind: 'breach', id: 'BR-1' },
        correction: { summary: 'x' },
        recomputed: { disclosedThrough: '2026-07-15', repairPossibleFrom: '2026-04-16' },
        revokesRecord: true,
        correctedAt: '2026-03-05T10:00:00+08:00',
        disclosureEndsBy: '2026-03-10',
        revokesLinkedBreachId: null,
        provisional: false,
      },
    };
    const state = stateOf(history(breachRecorded(), objectionFiled(), unresolved, corrected));
    expect(state.annotations['breach:BR-1']).toEqual({
      corrections: [{ objectionId: 'OB-2', correction: { summary: 'x' }, recomputed: { disclosedThrough: '2026-07-15', repairPossibleFrom: '2026-04-16' }, correctedAt: '2026-03-05T10:00:00+08:00' }],
      revokedAt: '2026-03-05T10:00:00+08:00',
      disclosureEndsBy: '2026-03-10',
      unresolvedObjectionIds: ['OB-1'],
    });
    expect(state.breaches['BR-1']).toEqual(stateOf(history(breachRecorded())).breaches['BR-1']);
  });

  it('A13, A9, A26: v1 events as stored (without the later fields) fold, once upcast, exactly like their v2 equivalents', () => {
    const { forDepartmentId: _omitted, ...oldRequest } = reviewRequested({ requestedBy: { kind: 'department', departmentId: 'DEP-FINANCE' } }).data;
    const oldCorrection = { objectionId: 'OB-1', target: { kind: 'breach', id: 'BR-1' }, correction: { summary: 'x' }, revokesRecord: false, correctedAt: '2026-03-05T10:00:00+08:00', disclosureEndsBy: null } as const;
    const oldLoanCheck = { loanCheckId: 'LC-1', bankId: 'B', amountFen: 1, pbocReferenceChecked: true, reliesOn: null, thresholdFen: 1, dualReportRequired: false, checkedAt: '2026-03-05T10:00:00+08:00' };
    const upcast: SubjectEvent[] = [
      { type: 'ReviewRequested', data: reviewRequestedV1ToV2(oldRequest) },
      { type: 'RecordCorrected', data: recordCorrectedV1ToV2(oldCorrection) },
      { type: 'LoanCheckRecorded', data: loanCheckRecordedV1ToV2(oldLoanCheck) },
    ];
    const current: SubjectEvent[] = [
      reviewRequested({ requestedBy: { kind: 'department', departmentId: 'DEP-FINANCE' }, forDepartmentId: 'DEP-FINANCE' }),
      { type: 'RecordCorrected', data: { ...oldCorrection, recomputed: null, revokesLinkedBreachId: null, provisional: false } },
      { type: 'LoanCheckRecorded', data: { ...oldLoanCheck, agencyExitedForMisconduct: false } },
    ];
    const state = stateOf(history(breachRecorded(), ...upcast));
    expect(state).toEqual(stateOf(history(breachRecorded(), ...current)));
    expect(state.reviews['RV-1'].forDepartmentId).toBe('DEP-FINANCE'); // a department's review is for itself
    expect(state.annotations['breach:BR-1'].corrections[0].recomputed).toBeNull();
    expect(state.loanChecks['LC-1'].agencyExitedForMisconduct).toBe(false);
  });

  it('is total: events about records it does not know change nothing', () => {
    const base = stateOf(history());
    const orphans: SubjectEvent[] = [
      { type: 'CommitmentCheckRecorded', data: { commitmentId: 'nope', outcome: 'kept', checkedOn: '2026-03-01', departmentId: 'D', breachId: null, recordedAt: '2026-03-02T10:00:00+08:00' } },
      reviewReportIssued({ reviewId: 'nope' }),
      { type: 'ReviewReportAmended', data: { reviewId: 'nope', amendedAt: 'x', conclusion: 'no-adverse-record', findings: [], reason: 'r', requestedBy: 'center' } },
      { type: 'ObjectionForwarded', data: { objectionId: 'nope', toDepartmentId: 'D', forwardedAt: 'x', late: false, departmentDueAt: 'x', provisional: false } },
      { type: 'ObjectionDecided', data: { objectionId: 'constructor', decidedBy: { kind: 'center' }, outcome: 'unresolved', reasons: 'r', decidedAt: 'x', late: false } },
      { type: 'RepairDecided', data: { repairId: 'nope', breachId: 'nope', departmentId: 'D', outcome: 'approved', reasons: null, decidedAt: 'x' } },
    ];
    expect(orphans.reduce((state, event) => evolve(state, event), base)).toEqual(base);
  });

  it('is total: an event type it does not know (a newer writer) leaves the state as it was', () => {
    const base = stateOf(history());
    expect(evolve(base, { type: 'SomethingNew', data: {} } as unknown as SubjectEvent)).toBe(base);
  });

  it('never changes the state it is given (old states stay valid for time travel)', () => {
    const before = stateOf(history(breachRecorded()));
    const snapshot = JSON.parse(JSON.stringify(before));
    evolve(before, repairApplied());
    expect(before).toEqual(snapshot);
  });
});
