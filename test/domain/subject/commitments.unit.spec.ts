import { describe, it } from '@jest/globals';
import type { MakeCommitment, RecordCommitmentCheck } from '../../../domain/subject/commands.js';
import {
  CommitmentAlreadyCheckedError,
  CommitmentNotFoundError,
  CommitmentPledgesIncompleteError,
  RecordIdAlreadyUsedError,
} from '../../../domain/subject/errors.js';
import { NOW, allPledges, commitmentMade, history, reviewReportIssued, reviewRequested, spec } from './fixtures.js';

const make = (extra: Partial<MakeCommitment> = {}): MakeCommitment => ({
  type: 'MakeCommitment',
  now: NOW,
  commitmentId: 'CM-1',
  kind: 'approval-replacing',
  departmentId: 'DEP-HOUSING',
  matter: 'construction permit',
  pledges: allPledges,
  consentToPublication: true,
  followUpCheckOn: '2026-06-01',
  ...extra,
});

const check = (extra: Partial<RecordCommitmentCheck> = {}): RecordCommitmentCheck => ({
  type: 'RecordCommitmentCheck',
  now: NOW,
  commitmentId: 'CM-1',
  outcome: 'kept',
  checkedOn: '2026-03-01',
  departmentId: 'DEP-HOUSING',
  ...extra,
});

const breachFacts = {
  breachId: 'BR-9',
  breachClass: 'general' as const,
  basisDocument: '昆住建罚〔2026〕3号',
  decisionDate: '2026-02-27',
  disclosureMonths: 3,
  summary: 'materials found untrue',
  subjectMinorOnDecision: false,
};

describe('MakeCommitment (A6–A8)', () => {
  it('A6, A7: an approval-replacing commitment with all pledges is recorded', () => {
    spec().given(history()).when(make()).then([
      {
        type: 'CommitmentMade',
        data: {
          commitmentId: 'CM-1',
          kind: 'approval-replacing',
          matter: 'construction permit',
          departmentId: 'DEP-HOUSING',
          pledges: allPledges,
          consentToPublication: true,
          followUpCheckOn: '2026-06-01',
          madeAt: NOW,
        },
      },
    ]);
  });

  it('A6: a voluntary public commitment without a follow-up check date is recorded with followUpCheckOn null', () => {
    spec().given(history()).when(make({ kind: 'voluntary-public', followUpCheckOn: undefined, consentToPublication: false })).then([
      commitmentMade({ kind: 'voluntary-public', followUpCheckOn: null, consentToPublication: false, madeAt: NOW }),
    ]);
  });

  it.each(['ownCreditStatus', 'truthfulMaterials', 'acceptsLiability', 'acceptsSupervision'] as const)(
    'A6 (a)–(c), A8: a commitment without the pledge %s is refused with COMMITMENT_PLEDGES_INCOMPLETE',
    (pledge) => {
      spec().given(history()).when(make({ pledges: { ...allPledges, [pledge]: false } })).thenThrows(CommitmentPledgesIncompleteError);
    },
  );

  it('A6: a kind outside 国办发〔2019〕35号 is invalid input', () => {
    spec().given(history()).when(make({ kind: 'verbal' as never })).thenThrows('VALIDATION_FAILED');
  });

  it('A8: a follow-up check date before the commitment is invalid input', () => {
    spec().given(history()).when(make({ followUpCheckOn: '2026-02-01' })).thenThrows('VALIDATION_FAILED');
  });

  it('A6: a commitment id already used is refused with RECORD_ID_ALREADY_USED', () => {
    spec().given(history(commitmentMade())).when(make()).thenThrows(RecordIdAlreadyUsedError);
  });
});

describe('RecordCommitmentCheck (A8–A9)', () => {
  it('A8: a follow-up check finding the commitment kept is recorded', () => {
    spec().given(history(commitmentMade())).when(check()).then([
      { type: 'CommitmentCheckRecorded', data: { commitmentId: 'CM-1', outcome: 'kept', checkedOn: '2026-03-01', departmentId: 'DEP-HOUSING', breachId: null, recordedAt: NOW } },
    ]);
  });

  it('A9: a breached commitment records the check and the breach information in one decision', () => {
    spec().given(history(commitmentMade())).when(check({ outcome: 'breached', breach: breachFacts })).then([
      { type: 'CommitmentCheckRecorded', data: { commitmentId: 'CM-1', outcome: 'breached', checkedOn: '2026-03-01', departmentId: 'DEP-HOUSING', breachId: 'BR-9', recordedAt: NOW } },
      {
        type: 'BreachRecorded',
        data: {
          ...breachFacts,
          departmentId: 'DEP-HOUSING',
          disclosedThrough: '2026-05-27',
          repairPossibleFrom: '2026-05-28',
          commitmentId: 'CM-1',
          recordedAt: NOW,
        },
      },
    ]);
  });

  it('A9, A14: a breach found by a check while a review report is valid also flags the report for amendment', () => {
    spec()
      .given(history(commitmentMade(), reviewRequested(), reviewReportIssued()))
      .when(check({ outcome: 'breached', breach: breachFacts }))
      .then([
        breachedCheck(),
        breachFromCheck(),
        { type: 'ReviewReportAmendmentFlagged', data: { reviewId: 'RV-1', causeEventType: 'BreachRecorded', causeId: 'BR-9', flaggedAt: NOW } },
      ]);
  });

  it('A9: a breached outcome without breach details is invalid input', () => {
    spec().given(history(commitmentMade())).when(check({ outcome: 'breached' })).thenThrows('VALIDATION_FAILED');
  });

  it('A8: a kept outcome carrying breach details is invalid input', () => {
    spec().given(history(commitmentMade())).when(check({ breach: breachFacts })).thenThrows('VALIDATION_FAILED');
  });

  it('A8: a check dated after today is invalid input', () => {
    spec().given(history(commitmentMade())).when(check({ checkedOn: '2026-03-03' })).thenThrows('VALIDATION_FAILED');
  });

  it('A8: a commitment already checked is refused with COMMITMENT_ALREADY_CHECKED', () => {
    const checked = { type: 'CommitmentCheckRecorded' as const, data: { commitmentId: 'CM-1', outcome: 'kept' as const, checkedOn: '2026-02-20', departmentId: 'DEP-HOUSING', breachId: null, recordedAt: '2026-02-20T10:00:00+08:00' } };
    spec().given(history(commitmentMade(), checked)).when(check()).thenThrows(CommitmentAlreadyCheckedError);
  });

  it('A8: checking an unknown commitment is refused with COMMITMENT_NOT_FOUND', () => {
    spec().given(history()).when(check()).thenThrows(CommitmentNotFoundError);
  });
});

function breachedCheck() {
  return { type: 'CommitmentCheckRecorded' as const, data: { commitmentId: 'CM-1', outcome: 'breached' as const, checkedOn: '2026-03-01', departmentId: 'DEP-HOUSING', breachId: 'BR-9', recordedAt: NOW } };
}

function breachFromCheck() {
  return {
    type: 'BreachRecorded' as const,
    data: { ...breachFacts, departmentId: 'DEP-HOUSING', disclosedThrough: '2026-05-27', repairPossibleFrom: '2026-05-28', commitmentId: 'CM-1', recordedAt: NOW },
  };
}
