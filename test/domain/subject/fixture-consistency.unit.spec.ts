import { describe, it, expect } from '@jest/globals';
import { applyForRepair, fileCreditReport, fileObjection, issueReviewReport, makeCommitment, recordBreach, registerOrganisation, requestReview } from './fixture-commands.js';
import {
  breachRecorded,
  commitmentMade,
  creditReportFiled,
  decided,
  objectionFiled,
  registered,
  repairApplied,
  reviewReportIssued,
  reviewRequested,
  spec,
} from './fixtures.js';

/** The hand-written events the specs use are exactly what the decider decides: no spec rests on a value the law would not give. */
describe('fixtures: hand-written events equal decided ones', () => {
  it('A4: registered', () => {
    spec().given([]).when(registerOrganisation()).then([registered]);
  });

  it('A6: commitmentMade()', () => {
    expect(decided(makeCommitment()).at(-1)).toEqual(commitmentMade());
  });

  it('A9: breachRecorded(): disclosed through 2026-07-15, repairable from 2026-04-16', () => {
    expect(decided(recordBreach()).at(-1)).toEqual(breachRecorded());
  });

  it('A10, A11: reviewRequested(): due at the end of 2026-02-09', () => {
    expect(decided(requestReview()).at(-1)).toEqual(reviewRequested());
  });

  it('A14: reviewReportIssued(): valid through 2027-02-05', () => {
    expect(decided(requestReview(), issueReviewReport()).at(-1)).toEqual(reviewReportIssued());
  });

  it('A19: creditReportFiled(): valid through 2027-01-20', () => {
    expect(decided(fileCreditReport()).at(-1)).toEqual(creditReportFiled());
  });

  it('SH-SCR 36–38: objectionFiled(): forward by the end of 02-25, decide by the end of Saturday 02-28', () => {
    expect(decided(recordBreach(), fileObjection()).at(-1)).toEqual(objectionFiled());
  });

  it('令第36号: repairApplied()', () => {
    expect(decided(recordBreach(), applyForRepair()).at(-1)).toEqual(repairApplied());
  });
});
