import { describe, it, expect } from '@jest/globals';
import type { ApplyForRepair } from '../../../domain/subject/commands.js';
import {
  BreachAlreadyRepairedError,
  BreachNotFoundError,
  BreachRevokedError,
  RepairAlreadyDecidedError,
  RepairAlreadyPendingError,
  RepairNotFoundError,
  RepairTooEarlyError,
  RepairWrongDepartmentError,
} from '../../../domain/subject/errors.js';
import type { BreachRecorded, RepairDecided } from '../../../domain/subject/events.js';
import { decideRepair, recordBreach } from './fixture-commands.js';
import { allPledges, breachRecorded, decided, history, repairApplied, revoked, spec } from './fixtures.js';

const SOURCE = '令第36号';
const APPLIED_AT = '2026-04-20T10:00:00+08:00';

const apply = (extra: Partial<ApplyForRepair> = {}): ApplyForRepair => ({
  type: 'ApplyForRepair',
  now: APPLIED_AT,
  repairId: 'RP-1',
  breachId: 'BR-1',
  proofOfFulfilment: 'payment receipt 2026-04-01',
  repairCommitmentId: 'CM-R1',
  repairCommitment: { matter: 'credit repair of BR-1', pledges: allPledges, consentToPublication: true, followUpCheckOn: null },
  ...extra,
});

const decide = decideRepair;

const approved: RepairDecided = {
  type: 'RepairDecided',
  data: { repairId: 'RP-1', breachId: 'BR-1', departmentId: 'DEP-MARKET', outcome: 'approved', reasons: null, decidedAt: '2026-04-24T10:00:00+08:00' },
};

/** A general breach decided 2026-01-15, recorded by the decider: its repairPossibleFrom is the decided one. */
const decidedBreach = decided(recordBreach());
const decidedPossibleFrom = (decidedBreach.at(-1) as BreachRecorded).data.repairPossibleFrom;

describe(`ApplyForRepair (A9, ${SOURCE})`, () => {
  it(`A9, ${SOURCE}: after the minimum period the subject applies to the recording department with a repair commitment`, () => {
    spec().given(history(breachRecorded())).when(apply()).then([
      {
        type: 'CommitmentMade',
        data: {
          commitmentId: 'CM-R1',
          kind: 'repair',
          matter: 'credit repair of BR-1',
          departmentId: 'DEP-MARKET',
          pledges: allPledges,
          consentToPublication: true,
          followUpCheckOn: null,
          madeAt: APPLIED_AT,
        },
      },
      repairApplied(),
    ]);
  });

  it(`A9, ${SOURCE}: a general breach decided 2026-01-15 cannot be repaired on 2026-04-15: REPAIR_TOO_EARLY, possible from 2026-04-16`, () => {
    const thrown = spec().given(decidedBreach).when(apply({ now: '2026-04-15T23:00:00+08:00' })).thenRefuses();
    expect(thrown).toBeInstanceOf(RepairTooEarlyError);
    expect(decidedPossibleFrom).toBe('2026-04-16');
    expect(thrown.details).toMatchObject({ possibleFrom: decidedPossibleFrom });
    expect(thrown.message).toContain('2026-04-16');
    expect(thrown.article).toBe(`NDRC ${SOURCE}`);
  });

  it(`A9, ${SOURCE}: on the first possible day (2026-04-16, Shanghai date of 2026-04-15T16:30Z) the application is accepted`, () => {
    spec().given(decidedBreach).when(apply({ now: '2026-04-15T16:30:00Z' })).thenEmits([{ type: 'CommitmentMade' }, { type: 'RepairApplied' }]);
  });

  it(`A9, ${SOURCE}: a serious breach decided 2024-02-29 can be repaired from 2025-03-01 (one year, Civil Code arts. 201, 203), not on 2025-02-28`, () => {
    const given = decided(recordBreach({ now: '2024-03-01T09:00:00+08:00', breachClass: 'serious', decisionDate: '2024-02-29', disclosureMonths: 24 }));
    spec().given(given).when(apply({ now: '2025-02-28T10:00:00+08:00' })).thenRefuses({ details: { possibleFrom: '2025-03-01' } });
    spec().given(given).when(apply({ now: '2025-03-01T10:00:00+08:00' })).thenEmits([{ type: 'CommitmentMade' }, { type: 'RepairApplied' }]);
  });

  it(`${SOURCE}: a second application while one is pending is refused with REPAIR_ALREADY_PENDING`, () => {
    spec().given(history(breachRecorded(), repairApplied())).when(apply({ repairId: 'RP-2', repairCommitmentId: 'CM-R2' })).thenThrows(RepairAlreadyPendingError);
  });

  it(`${SOURCE}: a breach already repaired is refused with BREACH_ALREADY_REPAIRED`, () => {
    spec().given(history(breachRecorded(), repairApplied(), approved)).when(apply({ repairId: 'RP-2', repairCommitmentId: 'CM-R2' })).thenThrows(BreachAlreadyRepairedError);
  });

  it(`${SOURCE}: after a refusal the subject may apply again`, () => {
    const refused: RepairDecided = { ...approved, data: { ...approved.data, outcome: 'refused', reasons: 'proof incomplete' } };
    spec()
      .given(history(breachRecorded(), repairApplied(), refused))
      .when(apply({ repairId: 'RP-2', repairCommitmentId: 'CM-R2' }))
      .thenEmits([{ type: 'CommitmentMade' }, { type: 'RepairApplied' }]);
  });

  it(`A9, ${SOURCE}: a revoked breach has nothing to repair: BREACH_REVOKED`, () => {
    spec().given(history(breachRecorded(), revoked('breach', 'BR-1', '2026-03-10T10:00:00+08:00', '2026-03-13'))).when(apply()).thenThrows(BreachRevokedError);
  });

  it(`A9, ${SOURCE}: repairing an unknown breach is refused with BREACH_NOT_FOUND`, () => {
    spec().given(history()).when(apply()).thenThrows(BreachNotFoundError);
  });

  it(`A6, ${SOURCE}: a repair commitment missing a pledge is refused with COMMITMENT_PLEDGES_INCOMPLETE`, () => {
    spec()
      .given(history(breachRecorded()))
      .when(apply({ repairCommitment: { matter: 'credit repair', pledges: { ...allPledges, acceptsSupervision: false }, consentToPublication: true } }))
      .thenThrows('COMMITMENT_PLEDGES_INCOMPLETE');
  });

  it(`${SOURCE}: an application without proof of fulfilment is invalid input (TEXT_REQUIRED), citing ${SOURCE}`, () => {
    expect(spec().given(history(breachRecorded())).when(apply({ proofOfFulfilment: '' })).thenInvalid('TEXT_REQUIRED').article).toBe(`NDRC ${SOURCE}`);
  });

  it(`${SOURCE}: an application without a repair commitment is invalid input (REQUIRED)`, () => {
    spec().given(history(breachRecorded())).when(apply({ repairCommitment: undefined as never })).thenInvalid('REQUIRED');
  });
});

describe(`DecideRepair (A9, ${SOURCE})`, () => {
  it(`${SOURCE}: the recording department approves the repair`, () => {
    spec().given(history(breachRecorded(), repairApplied())).when(decide()).then([approved]);
  });

  it(`${SOURCE}: a refusal carries its reasons`, () => {
    spec()
      .given(history(breachRecorded(), repairApplied()))
      .when(decide({ outcome: 'refused', reasons: 'proof incomplete' }))
      .thenEmits([{ data: { outcome: 'refused', reasons: 'proof incomplete' } }]);
  });

  it(`${SOURCE}: a refusal without reasons is invalid input (TEXT_REQUIRED)`, () => {
    spec().given(history(breachRecorded(), repairApplied())).when(decide({ outcome: 'refused' })).thenInvalid('TEXT_REQUIRED');
  });

  it(`${SOURCE}: whoever designates, repairs: another department is refused with REPAIR_WRONG_DEPARTMENT`, () => {
    spec().given(history(breachRecorded(), repairApplied())).when(decide({ departmentId: 'DEP-TAX' })).thenThrows(RepairWrongDepartmentError);
  });

  it(`${SOURCE}, docs/domain.md "Departments change over time": after a merger the successor of the recording department decides, and is recorded as the decider`, () => {
    spec()
      .given(history(breachRecorded(), repairApplied()))
      .when(decide({ departmentId: 'DEP-SAMR-KS', recordingDepartmentSuccessors: ['DEP-SAMR-KS'] }))
      .thenEmits([{ data: { repairId: 'RP-1', breachId: 'BR-1', departmentId: 'DEP-SAMR-KS', outcome: 'approved' } }]);
  });

  it(`${SOURCE}: successors of the recording department do not let a third department decide`, () => {
    spec()
      .given(history(breachRecorded(), repairApplied()))
      .when(decide({ departmentId: 'DEP-TAX', recordingDepartmentSuccessors: ['DEP-SAMR-KS'] }))
      .thenThrows('REPAIR_WRONG_DEPARTMENT');
  });

  it(`${SOURCE}: a repair already decided is refused with REPAIR_ALREADY_DECIDED`, () => {
    spec().given(history(breachRecorded(), repairApplied(), approved)).when(decide()).thenThrows(RepairAlreadyDecidedError);
  });

  it(`${SOURCE}: deciding an unknown repair is refused with REPAIR_NOT_FOUND`, () => {
    spec().given(history(breachRecorded())).when(decide()).thenThrows(RepairNotFoundError);
  });
});
