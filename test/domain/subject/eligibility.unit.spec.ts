import { describe, it, expect } from '@jest/globals';
import { eligibility } from '../../../domain/subject/eligibility.js';
import type { SubjectEvent } from '../../../domain/subject/events.js';
import { commitmentMade, creditReportFiled, history, reviewReportIssued, reviewRequested, stateOf } from './fixtures.js';

const AT = '2026-03-02T10:00:00+08:00';
const breachedCheck: SubjectEvent = {
  type: 'CommitmentCheckRecorded',
  data: { commitmentId: 'CM-1', outcome: 'breached', checkedOn: '2026-03-01', departmentId: 'DEP-HOUSING', breachId: 'BR-9', recordedAt: '2026-03-01T10:00:00+08:00' },
};

describe('eligibility (A12, A17, A24)', () => {
  it('A24: "all" of review and report is met by a valid review report and a valid credit report', () => {
    const result = eligibility(stateOf(history(reviewRequested(), reviewReportIssued(), creditReportFiled())), { products: ['review', 'report'], mode: 'all' }, AT);
    expect(result).toEqual({
      eligible: true,
      held: {
        review: { reviewId: 'RV-1', validThrough: '2027-02-05', needsAmendment: false },
        report: { reportId: 'CR-1', agencyId: 'AG-17', validThrough: '2027-01-20' },
        commitment: null,
      },
      missing: [],
    });
  });

  it('A24: "all" with no credit report names report as missing', () => {
    const result = eligibility(stateOf(history(reviewRequested(), reviewReportIssued())), { products: ['review', 'report'], mode: 'all' }, AT);
    expect(result).toMatchObject({ eligible: false, missing: ['report'] });
  });

  it('A24: "any" is met by one of the listed products', () => {
    const result = eligibility(stateOf(history(creditReportFiled())), { products: ['review', 'report'], mode: 'any' }, AT);
    expect(result).toMatchObject({ eligible: true, missing: ['review'] });
  });

  it('A14, A19: a review or report counts only while valid at the asked instant', () => {
    const state = stateOf(history(reviewRequested(), reviewReportIssued(), creditReportFiled()));
    expect(eligibility(state, { products: ['review', 'report'], mode: 'any' }, '2027-02-06T00:00:00+08:00')).toMatchObject({ eligible: false, missing: ['review', 'report'] });
  });

  it('A6, A7: a commitment counts for the department and matter it was made for', () => {
    const state = stateOf(history(commitmentMade()));
    const requirement = { products: ['commitment'] as const, mode: 'all' as const, departmentId: 'DEP-HOUSING', matter: 'construction permit' };
    expect(eligibility(state, { ...requirement, products: [...requirement.products] }, AT)).toMatchObject({ eligible: true, held: { commitment: { commitmentId: 'CM-1', kind: 'approval-replacing' } } });
    expect(eligibility(state, { ...requirement, products: ['commitment'], departmentId: 'DEP-TAX' }, AT)).toMatchObject({ eligible: false, missing: ['commitment'] });
    expect(eligibility(state, { ...requirement, products: ['commitment'], matter: 'other matter' }, AT)).toMatchObject({ eligible: false });
  });

  it('A8, A9: a breached commitment does not count', () => {
    const state = stateOf(history(commitmentMade(), breachedCheck));
    expect(eligibility(state, { products: ['commitment'], mode: 'all', departmentId: 'DEP-HOUSING', matter: 'construction permit' }, AT)).toMatchObject({ eligible: false });
  });

  it('A24: a rule listing no product asks for nothing', () => {
    expect(eligibility(stateOf(history()), { products: [], mode: 'any' }, AT)).toMatchObject({ eligible: true, missing: [] });
  });
});
