import { describe, it } from '@jest/globals';
import type { FileObjection } from '../../../domain/subject/commands.js';
import {
  ObjectionAlreadyDecidedError,
  ObjectionAlreadyOpenError,
  ObjectionTargetNotFoundError,
  ObjectionWrongDeciderError,
} from '../../../domain/subject/errors.js';
import type { CommitmentCheckRecorded, LoanCheckRecorded, ObjectionDecided } from '../../../domain/subject/events.js';
import { decideObjection, fileObjection, forwardObjection, recordBreach } from './fixture-commands.js';
import {
  NOW,
  breachRecorded,
  commitmentMade,
  creditReportFiled,
  decided,
  history,
  objectionFiled,
  reviewReportIssued,
  reviewRequested,
  spec,
} from './fixtures.js';

const SOURCE = 'SH-SCR arts. 36–38';

const file = (extra: Partial<FileObjection> = {}): FileObjection => fileObjection({ now: NOW, ...extra });

const decide = decideObjection;

/** A breach recorded by DEP-MARKET, objected to on 2026-02-23 and forwarded to DEP-MARKET on 02-25: all decided. */
const forwardedToMarket = () => decided(recordBreach(), fileObjection(), forwardObjection());

const checked: CommitmentCheckRecorded = {
  type: 'CommitmentCheckRecorded',
  data: { commitmentId: 'CM-1', outcome: 'kept', checkedOn: '2026-02-20', departmentId: 'DEP-HOUSING', breachId: null, recordedAt: '2026-02-20T10:00:00+08:00' },
};

const loanChecked: LoanCheckRecorded = {
  type: 'LoanCheckRecorded',
  data: {
    loanCheckId: 'LC-1',
    bankId: 'BANK-1',
    amountFen: 100_00,
    pbocReferenceChecked: true,
    reliesOn: null,
    agencyExitedForMisconduct: false,
    thresholdFen: 1_000_000_000,
    dualReportRequired: false,
    checkedAt: '2026-02-20T10:00:00+08:00',
  },
};

const rejected: ObjectionDecided = {
  type: 'ObjectionDecided',
  data: { objectionId: 'OB-1', decidedBy: { kind: 'center' }, outcome: 'rejected', reasons: 'no', decidedAt: '2026-02-27T10:00:00+08:00', late: false },
};

describe(`FileObjection (${SOURCE})`, () => {
  it('SH-SCR 36–38: a subject objects to a breach on Monday 2026-03-02: forward by end of 03-04, center decides by end of 03-09', () => {
    spec().given(history(breachRecorded())).when(file()).then([
      {
        type: 'ObjectionFiled',
        data: {
          objectionId: 'OB-1',
          target: { kind: 'breach', id: 'BR-1' },
          reason: 'the fine was paid before the decision',
          filedAt: NOW,
          centerDueAt: '2026-03-09T23:59:59.999+08:00',
          forwardDueAt: '2026-03-04T23:59:59.999+08:00',
          provisional: false,
        },
      },
    ]);
  });

  it.each([
    ['credit-report', 'CR-1'],
    ['review-report', 'RV-1'],
    ['commitment-check', 'CM-1'],
    ['loan-check', 'LC-1'],
  ] as const)('A9, A28: a %s about the subject can be objected to', (kind, id) => {
    const records = [creditReportFiled(), reviewRequested(), reviewReportIssued(), commitmentMade(), checked, loanChecked];
    spec().given(history(...records)).when(file({ target: { kind, id } })).thenEmits([{ data: { target: { kind, id } } }]);
  });

  it('SH-SCR 36–38: an objection to a record that does not exist is refused with OBJECTION_TARGET_NOT_FOUND', () => {
    spec().given(history()).when(file()).thenThrows(ObjectionTargetNotFoundError);
    spec().given(history(reviewRequested())).when(file({ target: { kind: 'review-report', id: 'RV-1' } })).thenThrows('OBJECTION_TARGET_NOT_FOUND');
    spec().given(history(commitmentMade())).when(file({ target: { kind: 'commitment-check', id: 'CM-1' } })).thenThrows('OBJECTION_TARGET_NOT_FOUND');
  });

  it('SH-SCR 36–38: a second objection while one is open on the same record is refused with OBJECTION_ALREADY_OPEN', () => {
    spec().given(history(breachRecorded(), objectionFiled())).when(file({ objectionId: 'OB-2' })).thenThrows(ObjectionAlreadyOpenError);
  });

  it('SH-SCR 36–38: once an objection is decided, the record can be objected to again', () => {
    spec().given(history(breachRecorded(), objectionFiled(), rejected)).when(file({ objectionId: 'OB-2' })).thenEmits([{ type: 'ObjectionFiled' }]);
  });

  it('SH-SCR 36–38: an objection id already used is refused with RECORD_ID_ALREADY_USED', () => {
    spec().given(history(breachRecorded(), creditReportFiled(), objectionFiled())).when(file({ target: { kind: 'credit-report', id: 'CR-1' } })).thenThrows('RECORD_ID_ALREADY_USED');
  });

  it('SH-SCR 36–38: an unknown target kind is invalid input (ONE_OF)', () => {
    spec().given(history(breachRecorded())).when(file({ target: { kind: 'tax-return' as never, id: 'X' } })).thenInvalid('ONE_OF');
  });

  it('SH-SCR 36–38: an objection without its grounds is invalid input (TEXT_REQUIRED)', () => {
    spec().given(history(breachRecorded())).when(file({ reason: '' })).thenInvalid('TEXT_REQUIRED');
  });
});

describe(`DecideObjection (${SOURCE}; A9, A14)`, () => {
  it('SH-SCR 36–38: the center rejects an objection in time, with reasons (mark removed)', () => {
    spec().given(history(breachRecorded(), objectionFiled())).when(decide()).then([
      { type: 'ObjectionDecided', data: { objectionId: 'OB-1', decidedBy: { kind: 'center' }, outcome: 'rejected', reasons: 'the payment came after the decision date', decidedAt: '2026-02-27T10:00:00+08:00', late: false } },
    ]);
  });

  it('SH-SCR 36–38: a decision after the deadline is accepted and recorded as late', () => {
    spec()
      .given(history(breachRecorded(), objectionFiled()))
      .when(decide({ now: NOW, outcome: 'unresolved' }))
      .thenEmits([{ data: { outcome: 'unresolved', late: true } }]);
  });

  it('SH-SCR 36–38: a rejected or unresolved outcome without reasons is invalid input (TEXT_REQUIRED)', () => {
    spec().given(history(breachRecorded(), objectionFiled())).when(decide({ reasons: undefined })).thenInvalid('TEXT_REQUIRED');
    spec().given(history(breachRecorded(), objectionFiled())).when(decide({ outcome: 'unresolved', reasons: ' ' })).thenInvalid('TEXT_REQUIRED');
  });

  it('A9: corrected adds a RecordCorrected event; the original record stays as stored', () => {
    spec()
      .given(history(breachRecorded(), objectionFiled()))
      .when(decide({ outcome: 'corrected', reasons: undefined, correction: { summary: 'late filing, not a quality failure' } }))
      .then([
        { type: 'ObjectionDecided', data: { objectionId: 'OB-1', decidedBy: { kind: 'center' }, outcome: 'corrected', reasons: null, decidedAt: '2026-02-27T10:00:00+08:00', late: false } },
        {
          type: 'RecordCorrected',
          data: {
            objectionId: 'OB-1',
            target: { kind: 'breach', id: 'BR-1' },
            correction: { summary: 'late filing, not a quality failure' },
            recomputed: { disclosedThrough: '2026-07-15', repairPossibleFrom: '2026-04-16' },
            revokesRecord: false,
            correctedAt: '2026-02-27T10:00:00+08:00',
            disclosureEndsBy: null,
            revokesLinkedBreachId: null,
            provisional: false,
          },
        },
      ]);
  });

  it('A9: a revoked breach decision ends disclosure within 3 working days: decided Friday 02-27, by Tuesday 2026-03-03', () => {
    spec()
      .given(history(breachRecorded(), objectionFiled()))
      .when(decide({ outcome: 'corrected', revokesRecord: true }))
      .thenEmits([
        { type: 'ObjectionDecided' },
        { type: 'RecordCorrected', data: { revokesRecord: true, correction: {}, recomputed: null, disclosureEndsBy: '2026-03-03', provisional: false } },
      ]);
  });

  it('A14: a correction while a review report is valid flags that report for amendment', () => {
    spec()
      .given(history(breachRecorded(), reviewRequested(), reviewReportIssued(), objectionFiled()))
      .when(decide({ outcome: 'corrected', revokesRecord: true }))
      .thenEmits([
        { type: 'ObjectionDecided' },
        { type: 'RecordCorrected' },
        { type: 'ReviewReportAmendmentFlagged', data: { reviewId: 'RV-1', causeEventType: 'RecordCorrected', causeId: 'OB-1', flaggedAt: '2026-02-27T10:00:00+08:00' } },
      ]);
  });

  it('A14: correcting the review report itself does not flag it for amendment', () => {
    const given = history(reviewRequested(), reviewReportIssued(), objectionFiled({ target: { kind: 'review-report', id: 'RV-1' } }));
    spec()
      .given(given)
      .when(decide({ outcome: 'corrected', correction: { conclusion: 'no-adverse-record' } }))
      .thenEmits([{ type: 'ObjectionDecided' }, { type: 'RecordCorrected' }]);
  });

  it('SH-SCR 36–38: corrected with neither a correction nor a revocation is invalid input (CORRECTION_REQUIRED)', () => {
    spec().given(history(breachRecorded(), objectionFiled())).when(decide({ outcome: 'corrected', correction: {} })).thenInvalid('CORRECTION_REQUIRED');
  });

  it('SH-SCR 36–38: the forwarded-to department decides; its deadline is its own', () => {
    spec()
      .given(forwardedToMarket())
      .when(decide({ now: '2026-03-04T09:00:00+08:00', decidedBy: { kind: 'department', departmentId: 'DEP-MARKET' } }))
      .thenEmits([{ data: { decidedBy: { kind: 'department', departmentId: 'DEP-MARKET' }, late: true } }]);
  });

  it('SH-SCR 36–38: after forwarding, the center may no longer decide: OBJECTION_WRONG_DECIDER', () => {
    spec().given(forwardedToMarket()).when(decide()).thenThrows(ObjectionWrongDeciderError);
  });

  it('SH-SCR 36–38: a department decides only what was forwarded to it: OBJECTION_WRONG_DECIDER', () => {
    spec().given(history(breachRecorded(), objectionFiled())).when(decide({ decidedBy: { kind: 'department', departmentId: 'DEP-MARKET' } })).thenThrows('OBJECTION_WRONG_DECIDER');
    spec()
      .given(forwardedToMarket())
      .when(decide({ decidedBy: { kind: 'department', departmentId: 'DEP-TAX' } }))
      .thenThrows('OBJECTION_WRONG_DECIDER');
  });

  it('SH-SCR 36–38: deciding a closed objection is refused with OBJECTION_ALREADY_DECIDED', () => {
    spec().given(history(breachRecorded(), objectionFiled(), rejected)).when(decide()).thenThrows(ObjectionAlreadyDecidedError);
  });

  it('SH-SCR 36–38: deciding an unknown objection is refused with OBJECTION_NOT_FOUND', () => {
    spec().given(history(breachRecorded())).when(decide()).thenThrows('OBJECTION_NOT_FOUND');
  });
});
