import { describe, it, expect } from '@jest/globals';
import { DEFAULT_SUBJECT_POLICY } from '../../../domain/subject/decider.js';
import { eligibility, type EligibilityOptions } from '../../../domain/subject/eligibility.js';
import type { SubjectEvent } from '../../../domain/subject/events.js';
import {
  applyForRepair,
  checkCommitment,
  decideObjection,
  decideRepair,
  fileCreditReport,
  fileObjection,
  issueReviewReport,
  makeCommitment,
  recordBreach,
  requestReview,
} from './fixture-commands.js';
import { activeDisclosuresAt, sharedBreachesAt } from '../../../domain/subject/queries.js';
import { breachRecorded, commitmentMade, creditReportFiled, decided, decidedAfter, history, objectionFiled, revoked, reviewReportIssued, reviewRequested, stateOf } from './fixtures.js';

const AT = '2026-03-02T10:00:00+08:00';
const OPTIONS: EligibilityOptions = { policy: DEFAULT_SUBJECT_POLICY, agenciesExitedForMisconduct: new Set() };
const MISCONDUCT_AG17: EligibilityOptions = { ...OPTIONS, agenciesExitedForMisconduct: new Set(['AG-17']) };
const NOT_COUNTED: EligibilityOptions = { ...MISCONDUCT_AG17, policy: { ...DEFAULT_SUBJECT_POLICY, countReportsOfMisconductAgencies: false } };
const REPORT = { products: ['report' as const], mode: 'all' as const };

const breachedCheck: SubjectEvent = {
  type: 'CommitmentCheckRecorded',
  data: { commitmentId: 'CM-1', outcome: 'breached', checkedOn: '2026-03-01', departmentId: 'DEP-HOUSING', breachId: 'BR-9', recordedAt: '2026-03-01T10:00:00+08:00' },
};

describe('eligibility (A12, A17, A24)', () => {
  it('A24: "all" of review and report is met by a valid review report and a valid credit report', () => {
    const result = eligibility(stateOf(decided(requestReview(), issueReviewReport(), fileCreditReport())), { products: ['review', 'report'], mode: 'all' }, AT, OPTIONS);
    expect(result).toEqual({
      eligible: true,
      held: {
        review: { reviewId: 'RV-1', validThrough: '2027-02-05', needsAmendment: false, underObjection: false },
        report: { reportId: 'CR-1', agencyId: 'AG-17', validThrough: '2027-01-20', flagged: false, counted: true, underObjection: false },
        commitment: null,
      },
      missing: [],
      breachesOnRecord: [],
    });
  });

  it('A24: "all" with no credit report names report as missing', () => {
    const result = eligibility(stateOf(history(reviewRequested(), reviewReportIssued())), { products: ['review', 'report'], mode: 'all' }, AT, OPTIONS);
    expect(result).toMatchObject({ eligible: false, missing: ['report'] });
  });

  it('A24: "any" is met by one of the listed products', () => {
    const result = eligibility(stateOf(history(creditReportFiled())), { products: ['review', 'report'], mode: 'any' }, AT, OPTIONS);
    expect(result).toMatchObject({ eligible: true, missing: ['review'] });
  });

  it('A14, A19: a review report issued 2026-02-05 and a credit report issued 2026-01-20 no longer count on 2027-02-06', () => {
    const state = stateOf(decided(requestReview(), issueReviewReport(), fileCreditReport()));
    expect(eligibility(state, { products: ['review', 'report'], mode: 'any' }, '2027-02-06T00:00:00+08:00', OPTIONS)).toMatchObject({ eligible: false, missing: ['review', 'report'] });
  });

  it('A6, A7: a commitment counts for the department and matter it was made for', () => {
    const state = stateOf(history(commitmentMade()));
    const requirement = { products: ['commitment' as const], mode: 'all' as const, departmentId: 'DEP-HOUSING', matter: 'construction permit' };
    expect(eligibility(state, requirement, AT, OPTIONS)).toMatchObject({ eligible: true, held: { commitment: { commitmentId: 'CM-1', kind: 'approval-replacing', underObjection: false } } });
    expect(eligibility(state, { ...requirement, departmentId: 'DEP-TAX' }, AT, OPTIONS)).toMatchObject({ eligible: false, missing: ['commitment'] });
    expect(eligibility(state, { ...requirement, matter: 'other matter' }, AT, OPTIONS)).toMatchObject({ eligible: false });
  });

  it('A8, A9: a breached commitment does not count from the check on; before the check it did', () => {
    const state = stateOf(history(commitmentMade(), breachedCheck));
    const requirement = { products: ['commitment' as const], mode: 'all' as const, departmentId: 'DEP-HOUSING', matter: 'construction permit' };
    expect(eligibility(state, requirement, AT, OPTIONS)).toMatchObject({ eligible: false });
    expect(eligibility(state, requirement, '2026-02-28T10:00:00+08:00', OPTIONS)).toMatchObject({ eligible: true });
  });

  it('A24: a rule listing no product asks for nothing', () => {
    expect(eligibility(stateOf(history()), { products: [], mode: 'any' }, AT, OPTIONS)).toMatchObject({ eligible: true, missing: [] });
  });
});

describe('eligibility: reports of an agency that exited for misconduct (A26, docs/domain.md)', () => {
  it('A26: by default such a report is flagged and still counts (decision)', () => {
    const result = eligibility(stateOf(history(creditReportFiled())), REPORT, AT, MISCONDUCT_AG17);
    expect(result).toMatchObject({ eligible: true, missing: [], held: { report: { reportId: 'CR-1', flagged: true, counted: true } } });
  });

  it('A26: with countReportsOfMisconductAgencies off, such a report is shown flagged but does not count', () => {
    const result = eligibility(stateOf(history(creditReportFiled())), REPORT, AT, NOT_COUNTED);
    expect(result).toMatchObject({ eligible: false, missing: ['report'], held: { report: { reportId: 'CR-1', flagged: true, counted: false } } });
  });

  it('A26: with it off, an older valid report of another agency counts in its place', () => {
    const state = stateOf(history(creditReportFiled({ reportId: 'CR-0', agencyId: 'AG-03', issuedOn: '2025-12-01', filedAt: '2025-12-02T10:00:00+08:00' }), creditReportFiled()));
    const result = eligibility(state, REPORT, AT, NOT_COUNTED);
    expect(result).toMatchObject({ eligible: true, held: { report: { reportId: 'CR-0', agencyId: 'AG-03', flagged: false, counted: true } } });
  });
});

describe('eligibility: records under objection are shown so (SH-SCR arts. 36–38)', () => {
  it('SH-SCR 36–38: a review report under objection is held with underObjection, and still counts', () => {
    const state = stateOf(decided(requestReview(), issueReviewReport(), fileObjection({ now: '2026-02-24T10:00:00+08:00', target: { kind: 'review-report', id: 'RV-1' } })));
    expect(eligibility(state, { products: ['review'], mode: 'all' }, AT, OPTIONS)).toMatchObject({ eligible: true, held: { review: { reviewId: 'RV-1', underObjection: true } } });
  });

  it('SH-SCR 36–38: a credit report under objection is held with underObjection', () => {
    const state = stateOf(history(creditReportFiled(), objectionFiled({ target: { kind: 'credit-report', id: 'CR-1' } })));
    expect(eligibility(state, REPORT, AT, OPTIONS)).toMatchObject({ held: { report: { reportId: 'CR-1', underObjection: true } } });
  });

  it('SH-SCR 36–38, A8: a commitment whose check is under objection is held with underObjection', () => {
    const given = decided(makeCommitment(), checkCommitment(), fileObjection({ target: { kind: 'commitment-check', id: 'CM-1' } }));
    const requirement = { products: ['commitment' as const], mode: 'all' as const, departmentId: 'DEP-HOUSING' };
    expect(eligibility(stateOf(given), requirement, AT, OPTIONS)).toMatchObject({ held: { commitment: { commitmentId: 'CM-1', underObjection: true } } });
  });

  it('SH-SCR 36–38, A8: a check corrected from breached to kept lets the commitment count again from the correction', () => {
    const breached = checkCommitment({
      outcome: 'breached',
      breach: { breachId: 'BR-9', breachClass: 'general', basisDocument: '昆住建罚〔2026〕3号', decisionDate: '2026-02-19', disclosureMonths: 3, summary: 'materials untrue', subjectMinorOnDecision: false },
    });
    const objected = decided(makeCommitment(), breached, fileObjection({ target: { kind: 'commitment-check', id: 'CM-1' } }));
    const corrected = decidedAfter(objected, decideObjection({ outcome: 'corrected', reasons: undefined, correction: { outcome: 'kept' } }));
    const requirement = { products: ['commitment' as const], mode: 'all' as const, departmentId: 'DEP-HOUSING' };
    expect(eligibility(stateOf(corrected), requirement, '2026-02-26T10:00:00+08:00', OPTIONS)).toMatchObject({ eligible: false });
    expect(eligibility(stateOf(corrected), requirement, '2026-02-27T10:00:00+08:00', OPTIONS)).toMatchObject({ eligible: true, held: { commitment: { underObjection: false } } });
  });
});

describe('eligibility: breaches shared for new decisions (令第36号, docs/domain.md "stops sharing for new decisions")', () => {
  const REVIEW = { products: ['review' as const], mode: 'all' as const, departmentId: 'DEP-FINANCE' };

  it('令第36号: a breach on record is listed for the department, with its class and decision, and does not by itself change eligibility', () => {
    const state = stateOf(decided(recordBreach(), requestReview(), issueReviewReport()));
    expect(eligibility(state, REVIEW, AT, OPTIONS)).toMatchObject({
      eligible: true,
      breachesOnRecord: [{ breachId: 'BR-1', departmentId: 'DEP-MARKET', breachClass: 'general', decisionDate: '2026-01-15', underObjection: false, corrected: false }],
    });
  });

  it('令第36号: once the repair is approved (2026-04-24) the breach is no longer listed; before, it was; the record stays', () => {
    const state = stateOf(decided(recordBreach(), applyForRepair(), decideRepair()));
    expect(eligibility(state, REVIEW, '2026-04-24T09:59:59+08:00', OPTIONS).breachesOnRecord.map((b) => b.breachId)).toEqual(['BR-1']);
    expect(eligibility(state, REVIEW, '2026-04-24T10:00:00+08:00', OPTIONS).breachesOnRecord).toEqual([]);
    expect(state.breaches['BR-1']).toMatchObject({ breachId: 'BR-1', repairedAt: '2026-04-24T10:00:00+08:00', repairedBy: 'RP-1' });
  });
});

describe('sharedBreachesAt (令第36号): independent of public disclosure', () => {
  it('A9, 令第36号: a minor breach left undisclosed (0 months) is not disclosed but is shared', () => {
    const state = stateOf(decided(recordBreach({ breachClass: 'minor', disclosureMonths: 0 })));
    expect(activeDisclosuresAt(state, AT)).toEqual([]);
    expect(sharedBreachesAt(state, AT).map((b) => b.breachId)).toEqual(['BR-1']);
  });

  it('A9, 令第36号: a breach past its disclosure period (2026-07-15) is no longer disclosed on 2026-07-16 but still shared', () => {
    const state = stateOf(decided(recordBreach()));
    expect(activeDisclosuresAt(state, '2026-07-16T10:00:00+08:00')).toEqual([]);
    expect(sharedBreachesAt(state, '2026-07-16T10:00:00+08:00').map((b) => b.breachId)).toEqual(['BR-1']);
  });

  it('A28, 令第36号: the breach of a subject who was a minor is never published but is shared with departments', () => {
    const state = stateOf(decided(recordBreach({ subjectMinorOnDecision: true })));
    expect(activeDisclosuresAt(state, AT)).toEqual([]);
    expect(sharedBreachesAt(state, AT)).toHaveLength(1);
  });

  it('SH-SCR arts. 36–38: a revoked breach is neither disclosed nor shared from its revocation on; it is shared before', () => {
    const state = stateOf(history(breachRecorded(), revoked('breach', 'BR-1', '2026-02-27T10:00:00+08:00')));
    expect(sharedBreachesAt(state, '2026-02-26T10:00:00+08:00')).toHaveLength(1);
    expect(sharedBreachesAt(state, '2026-02-27T10:00:00+08:00')).toEqual([]);
  });

  it('令第36号: a breach recorded after the asked instant is not shared yet', () => {
    expect(sharedBreachesAt(stateOf(decided(recordBreach())), '2026-01-16T08:59:59+08:00')).toEqual([]);
  });
});
