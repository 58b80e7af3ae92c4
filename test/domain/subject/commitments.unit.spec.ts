import { describe, it, expect } from '@jest/globals';
import type { MakeCommitment, RecordCommitmentCheck } from '../../../domain/subject/commands.js';
import {
  CommitmentAlreadyCheckedError,
  CommitmentNotFoundError,
  CommitmentPledgesIncompleteError,
  CommitmentWrongDepartmentError,
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

  it.each(['ownCreditStatus', 'truthfulMaterials', 'acceptsLiability', 'acceptsSupervision', 'compliesWithLaw'] as const)(
    'A6 (a)–(c), A8: a commitment without the pledge %s is refused with COMMITMENT_PLEDGES_INCOMPLETE',
    (pledge) => {
      spec().given(history()).when(make({ pledges: { ...allPledges, [pledge]: false } })).thenThrows(CommitmentPledgesIncompleteError);
    },
  );

  it('A8: a letter in the older four-pledge shape, without compliance (compliesWithLaw), is refused and the missing pledge named', () => {
    const { compliesWithLaw: _omitted, ...fourPledges } = allPledges;
    spec().given(history()).when(make({ pledges: fourPledges as never })).thenRefuses({ code: 'COMMITMENT_PLEDGES_INCOMPLETE', article: 'A6', details: { missing: ['compliesWithLaw'] } });
  });

  it('A6: pledges that are not an object are invalid input (OBJECT_REQUIRED)', () => {
    spec().given(history()).when(make({ pledges: null as never })).thenInvalid('OBJECT_REQUIRED');
    spec().given(history()).when(make({ pledges: 'all' as never })).thenInvalid('OBJECT_REQUIRED');
  });

  it('A6: a kind outside 国办发〔2019〕35号 is invalid input (ONE_OF)', () => {
    spec().given(history()).when(make({ kind: 'verbal' as never })).thenInvalid('ONE_OF');
  });

  it('A8: a follow-up check date before the commitment is invalid input (DATE_NOT_IN_PAST)', () => {
    spec().given(history()).when(make({ followUpCheckOn: '2026-02-01' })).thenInvalid('DATE_NOT_IN_PAST');
  });

  it('A6: a commitment for no matter is invalid input (TEXT_REQUIRED)', () => {
    spec().given(history()).when(make({ matter: ' ' })).thenInvalid('TEXT_REQUIRED');
  });

  it('A6: a commitment id already used is refused with RECORD_ID_ALREADY_USED, citing A6', () => {
    spec().given(history(commitmentMade())).when(make()).thenThrows(RecordIdAlreadyUsedError);
    spec().given(history(commitmentMade())).when(make()).thenRefuses({ article: 'A6' });
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

  it('A9: a breached outcome without breach details is invalid input (BREACH_DETAILS_REQUIRED)', () => {
    spec().given(history(commitmentMade())).when(check({ outcome: 'breached' })).thenInvalid('BREACH_DETAILS_REQUIRED');
  });

  it('A8: a kept outcome carrying breach details is invalid input (BREACH_ONLY_WHEN_BREACHED)', () => {
    spec().given(history(commitmentMade())).when(check({ breach: breachFacts })).thenInvalid('BREACH_ONLY_WHEN_BREACHED');
  });

  it('A8: a check dated after today is invalid input (DATE_NOT_IN_FUTURE)', () => {
    spec().given(history(commitmentMade())).when(check({ checkedOn: '2026-03-03' })).thenInvalid('DATE_NOT_IN_FUTURE');
    // A8, A31: nor before the measure took effect.
    expect(spec().given(history(commitmentMade())).when(check({ checkedOn: '0000-01-01' })).thenInvalid('BEFORE_MEASURE').article).toBe('A31');
  });

  it('A9: breach details with a class off the list are invalid input (BREACH_CLASS)', () => {
    spec().given(history(commitmentMade())).when(check({ outcome: 'breached', breach: { ...breachFacts, breachClass: 'grave' as never } })).thenInvalid('BREACH_CLASS');
  });

  it('A8: only the department holding the commitment checks it: another is refused with COMMITMENT_WRONG_DEPARTMENT', () => {
    spec().given(history(commitmentMade())).when(check({ departmentId: 'DEP-MARKET' })).thenThrows(CommitmentWrongDepartmentError);
    spec().given(history(commitmentMade())).when(check({ departmentId: 'DEP-MARKET' })).thenRefuses({
      code: 'COMMITMENT_WRONG_DEPARTMENT',
      article: 'A8',
      details: { expected: 'DEP-HOUSING', actual: 'DEP-MARKET' },
    });
  });

  it('A8, docs/domain.md "Departments change over time": the successor of the holding department checks it after a merger', () => {
    spec()
      .given(history(commitmentMade()))
      .when(check({ departmentId: 'DEP-HOUSING-2019', holdingDepartmentSuccessors: ['DEP-HOUSING-2019'] }))
      .thenEmits([{ data: { commitmentId: 'CM-1', departmentId: 'DEP-HOUSING-2019' } }]);
  });

  it('A8: successors of the holding department do not let a third department in', () => {
    spec().given(history(commitmentMade())).when(check({ departmentId: 'DEP-MARKET', holdingDepartmentSuccessors: ['DEP-HOUSING-2019'] })).thenThrows('COMMITMENT_WRONG_DEPARTMENT');
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
