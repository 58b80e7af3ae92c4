import { describe, it, expect } from '@jest/globals';
import type { SubjectEvent } from '../../../domain/subject/events.js';
import { activeDisclosuresAt, openCommitments, openObjections, validCreditReportAt, validReviewReportAt } from '../../../domain/subject/queries.js';
import { decideObjection, fileCreditReport, fileObjection, issueReviewReport, recordBreach, requestReview } from './fixture-commands.js';
import {
  breachRecorded,
  commitmentMade,
  creditReportFiled,
  decided,
  decidedAfter,
  history,
  objectionFiled,
  repairApplied,
  revoked as revoke,
  reviewReportIssued,
  reviewRequested,
  stateOf,
} from './fixtures.js';

describe('validReviewReportAt (A14)', () => {
  const state = stateOf(decided(requestReview(), issueReviewReport()));

  it('A14: none before it is issued, the report from its issue instant through the end of its last valid day, none after', () => {
    expect(validReviewReportAt(state, '2026-02-05T14:59:59+08:00')).toBeNull();
    expect(validReviewReportAt(state, '2026-02-05T15:00:00+08:00')?.reviewId).toBe('RV-1');
    expect(validReviewReportAt(state, '2027-02-05T23:59:59.999+08:00')?.reviewId).toBe('RV-1');
    expect(validReviewReportAt(state, '2027-02-06T00:00:00+08:00')).toBeNull();
  });

  it('A14: the most recently issued valid report is the one shown', () => {
    const second = stateOf(history(reviewRequested(), reviewReportIssued(), reviewRequested({ reviewId: 'RV-2' }), reviewReportIssued({ reviewId: 'RV-2', issuedAt: '2026-02-06T09:00:00+08:00', issuedOn: '2026-02-06' })));
    expect(validReviewReportAt(second, '2026-03-01T09:00:00+08:00')?.reviewId).toBe('RV-2');
  });

  it('SH-SCR 36–38: a review report under objection is shown with underObjection while the objection is open', () => {
    const objected = decided(requestReview(), issueReviewReport(), fileObjection({ now: '2026-02-24T10:00:00+08:00', target: { kind: 'review-report', id: 'RV-1' } }));
    const state = stateOf(objected);
    expect(validReviewReportAt(state, '2026-02-24T09:59:59+08:00')).toMatchObject({ reviewId: 'RV-1', underObjection: false });
    expect(validReviewReportAt(state, '2026-02-24T10:00:00+08:00')).toMatchObject({ reviewId: 'RV-1', underObjection: true });
    const rejected = stateOf(decidedAfter(objected, decideObjection({ now: '2026-02-27T10:00:00+08:00' })));
    expect(validReviewReportAt(rejected, '2026-02-26T10:00:00+08:00')).toMatchObject({ underObjection: true });
    expect(validReviewReportAt(rejected, '2026-02-27T10:00:00+08:00')).toMatchObject({ underObjection: false });
  });

  it('A14: a revoked review report no longer counts from its revocation', () => {
    const revoked = stateOf(history(reviewRequested(), reviewReportIssued(), revoke('review-report', 'RV-1', '2026-03-01T10:00:00+08:00')));
    expect(validReviewReportAt(revoked, '2026-02-28T10:00:00+08:00')?.reviewId).toBe('RV-1');
    expect(validReviewReportAt(revoked, '2026-03-01T10:00:00+08:00')).toBeNull();
  });
});

describe('validCreditReportAt (A19)', () => {
  it('A19: valid from its issue date through one year later, then gone', () => {
    const state = stateOf(decided(fileCreditReport()));
    expect(validCreditReportAt(state, '2026-06-01T10:00:00+08:00')?.reportId).toBe('CR-1');
    expect(validCreditReportAt(state, '2027-01-20T23:59:59.999+08:00')?.reportId).toBe('CR-1');
    expect(validCreditReportAt(state, '2027-01-21T00:00:00+08:00')).toBeNull();
  });

  it('A19: a revoked credit report does not count', () => {
    const state = stateOf(history(creditReportFiled(), revoke('credit-report', 'CR-1', '2026-02-01T10:00:00+08:00')));
    expect(validCreditReportAt(state, '2026-06-01T10:00:00+08:00')).toBeNull();
  });

  it('A26: given the agencies that exited for misconduct, the report of such an agency is flagged; without them, nothing is flagged', () => {
    const state = stateOf(history(creditReportFiled()));
    expect(validCreditReportAt(state, '2026-06-01T10:00:00+08:00', new Set(['AG-17']))).toMatchObject({ reportId: 'CR-1', flaggedAgencyExitedForMisconduct: true });
    expect(validCreditReportAt(state, '2026-06-01T10:00:00+08:00', new Set(['AG-99']))).toMatchObject({ flaggedAgencyExitedForMisconduct: false });
    expect(validCreditReportAt(state, '2026-06-01T10:00:00+08:00')).toMatchObject({ flaggedAgencyExitedForMisconduct: false });
  });

  it('SH-SCR 36–38: a credit report under objection is shown with underObjection', () => {
    const state = stateOf(history(creditReportFiled(), objectionFiled({ target: { kind: 'credit-report', id: 'CR-1' } })));
    expect(validCreditReportAt(state, '2026-02-01T10:00:00+08:00')).toMatchObject({ underObjection: false });
    expect(validCreditReportAt(state, '2026-02-24T10:00:00+08:00')).toMatchObject({ reportId: 'CR-1', underObjection: true });
  });
});

describe('activeDisclosuresAt (A9, A28)', () => {
  it('A9: a breach decided 2026-01-15 for 6 months is disclosed through 2026-07-15 and no longer after it', () => {
    const state = stateOf(decided(recordBreach()));
    expect(activeDisclosuresAt(state, '2026-07-15T23:00:00+08:00').map((d) => d.breachId)).toEqual(['BR-1']);
    expect(activeDisclosuresAt(state, '2026-07-16T00:00:00+08:00')).toEqual([]);
  });

  it('A9: a breach is not disclosed before it is recorded', () => {
    expect(activeDisclosuresAt(stateOf(history(breachRecorded())), '2026-01-15T10:00:00+08:00')).toEqual([]);
  });

  it('A9: a minor breach decided with 0 months is never disclosed', () => {
    const state = stateOf(history(breachRecorded({ breachClass: 'minor', disclosureMonths: 0, disclosedThrough: null })));
    expect(activeDisclosuresAt(state, '2026-02-01T10:00:00+08:00')).toEqual([]);
  });

  it('A28: a breach of a subject who was a minor is never published', () => {
    const state = stateOf(history(breachRecorded({ subjectMinorOnDecision: true })));
    expect(activeDisclosuresAt(state, '2026-02-01T10:00:00+08:00')).toEqual([]);
  });

  it('令第36号: an approved repair ends disclosure from its decision; before that it was disclosed', () => {
    const decided: SubjectEvent = { type: 'RepairDecided', data: { repairId: 'RP-1', breachId: 'BR-1', departmentId: 'DEP-MARKET', outcome: 'approved', reasons: null, decidedAt: '2026-04-24T10:00:00+08:00' } };
    const state = stateOf(history(breachRecorded(), repairApplied(), decided));
    expect(activeDisclosuresAt(state, '2026-04-24T09:59:59+08:00')).toHaveLength(1);
    expect(activeDisclosuresAt(state, '2026-04-24T10:00:00+08:00')).toEqual([]);
  });

  it('A9: a revoked breach is no longer disclosed', () => {
    const state = stateOf(history(breachRecorded(), revoke('breach', 'BR-1', '2026-03-05T10:00:00+08:00')));
    expect(activeDisclosuresAt(state, '2026-03-05T10:00:00+08:00')).toEqual([]);
  });

  it('SH-SCR 36–38: a disclosed breach under an open objection is shown with underObjection', () => {
    const state = stateOf(history(breachRecorded(), objectionFiled()));
    expect(activeDisclosuresAt(state, '2026-02-23T09:00:00+08:00')[0]).toMatchObject({ underObjection: false });
    expect(activeDisclosuresAt(state, '2026-02-24T09:00:00+08:00')[0]).toMatchObject({ breachId: 'BR-1', underObjection: true, objectionUnresolved: false, corrected: false });
  });

  it('SH-SCR 36–38: after an unresolved decision the breach is shown with both the record and the objection', () => {
    const unresolved: SubjectEvent = { type: 'ObjectionDecided', data: { objectionId: 'OB-1', decidedBy: { kind: 'center' }, outcome: 'unresolved', reasons: 'cannot verify', decidedAt: '2026-02-27T10:00:00+08:00', late: false } };
    const state = stateOf(history(breachRecorded(), objectionFiled(), unresolved));
    expect(activeDisclosuresAt(state, '2026-03-02T10:00:00+08:00')[0]).toMatchObject({ underObjection: false, objectionUnresolved: true });
  });
});

describe('openObjections and openCommitments', () => {
  it('SH-SCR 36–38: an objection is open until decided', () => {
    const decided: SubjectEvent = { type: 'ObjectionDecided', data: { objectionId: 'OB-1', decidedBy: { kind: 'center' }, outcome: 'rejected', reasons: 'no', decidedAt: '2026-02-27T10:00:00+08:00', late: false } };
    expect(openObjections(stateOf(history(breachRecorded(), objectionFiled()))).map((o) => o.objectionId)).toEqual(['OB-1']);
    expect(openObjections(stateOf(history(breachRecorded(), objectionFiled(), decided)))).toEqual([]);
  });

  it('A8: a commitment is open until its follow-up check is recorded, oldest first', () => {
    const checked: SubjectEvent = { type: 'CommitmentCheckRecorded', data: { commitmentId: 'CM-1', outcome: 'kept', checkedOn: '2026-03-01', departmentId: 'DEP-HOUSING', breachId: null, recordedAt: '2026-03-02T10:00:00+08:00' } };
    const two = history(commitmentMade({ commitmentId: 'CM-2', madeAt: '2026-02-10T10:00:00+08:00' }), commitmentMade());
    expect(openCommitments(stateOf(two)).map((c) => c.commitmentId)).toEqual(['CM-1', 'CM-2']);
    expect(openCommitments(stateOf([...two, checked])).map((c) => c.commitmentId)).toEqual(['CM-2']);
  });
});
