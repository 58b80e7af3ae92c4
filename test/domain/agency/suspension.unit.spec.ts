import { describe, expect, it } from '@jest/globals';
import type { LiftAgencySuspension, SuspendAgency } from '../../../domain/agency/commands.js';
import { agencyDecider } from '../../../domain/agency/decider.js';
import { AgencyAlreadySuspendedError, AgencyExitedError, AgencyNotFiledError, AgencyNotSuspendedError } from '../../../domain/agency/errors.js';
import { deciderSpec } from '../../support/decider-spec.js';
import { AGENCY_ID, NOW, exited, filed, inputRefusal, lifted, suspended } from './fixtures.js';

const spec = deciderSpec(agencyDecider);

function suspend(from: string, until: string | null): SuspendAgency {
  return { type: 'SuspendAgency', agencyId: AGENCY_ID, now: NOW, from, until, reason: '报告质量抽查不合格', basisDocument: '昆信用办〔2025〕3号' };
}

function lift(on: string): LiftAgencySuspension {
  return { type: 'LiftAgencySuspension', agencyId: AGENCY_ID, now: NOW, on, basisDocument: '昆信用办〔2025〕9号' };
}

describe('SuspendAgency', () => {
  it('A26: the credit office suspends a filed agency for a fixed period', () => {
    spec.given([filed]).when(suspend('2025-03-01', '2025-05-31')).then([suspended('2025-03-01', '2025-05-31')]);
  });

  it('A26: a suspension may run until lifted (no end date)', () => {
    spec.given([filed]).when(suspend('2025-03-01', null)).then([suspended('2025-03-01', null)]);
  });

  it('A26: a suspension overlapping one still in force is refused', () => {
    spec.given([filed, suspended('2025-03-01', null)]).when(suspend('2025-06-01', '2025-06-30')).thenThrows(AgencyAlreadySuspendedError);
    spec.given([filed, suspended('2025-03-01', '2025-05-31')]).when(suspend('2025-05-31', null)).thenThrows('AGENCY_ALREADY_SUSPENDED');
    spec.given([filed, suspended('2025-06-01', '2025-06-30')]).when(suspend('2025-03-01', null)).thenThrows('AGENCY_ALREADY_SUSPENDED');
  });

  it('A26: a new suspension after an earlier one ran out or was lifted is accepted', () => {
    spec.given([filed, suspended('2025-03-01', '2025-05-31')]).when(suspend('2025-06-01', null)).then([suspended('2025-06-01', null)]);
    spec.given([filed, suspended('2025-03-01', null), lifted('2025-04-01')]).when(suspend('2025-04-01', null)).then([suspended('2025-04-01', null)]);
  });

  it('A20: an agency that is not filed cannot be suspended', () => {
    spec.given([]).when(suspend('2025-03-01', null)).thenThrows(AgencyNotFiledError);
  });

  it('A26: an agency that left the market cannot be suspended', () => {
    spec.given([filed, exited('2025-01-01', 'misconduct')]).when(suspend('2025-03-01', null)).thenThrows(AgencyExitedError);
  });

  it('A26: a period ending before it starts, or starting before the filing, is refused', () => {
    expect(inputRefusal([filed], suspend('2025-03-01', '2025-02-28'))).toEqual({ field: 'until', rule: 'DATE_TOO_EARLY', article: 'A26' });
    expect(inputRefusal([filed], suspend('2020-05-10', null))).toEqual({ field: 'from', rule: 'DATE_TOO_EARLY', article: 'A26' });
    expect(inputRefusal([filed], { ...suspend('2025-03-01', null), reason: '' })).toEqual({ field: 'reason', rule: 'REQUIRED', article: 'A26' });
    expect(inputRefusal([filed], suspend('2025-02-30', null))).toEqual({ field: 'from', rule: 'CALENDAR_DATE', article: 'A26' });
  });
});

describe('LiftAgencySuspension', () => {
  it('A26: an open-ended suspension is lifted; the filing is in force again from that day', () => {
    spec.given([filed, suspended('2025-03-01', null)]).when(lift('2025-04-01')).then([lifted('2025-04-01')]);
  });

  it('A26: a fixed suspension may be lifted early, or cancelled before it starts', () => {
    spec.given([filed, suspended('2025-03-01', '2025-05-31')]).when(lift('2025-05-31')).then([lifted('2025-05-31')]);
    spec.given([filed, suspended('2025-03-01', '2025-05-31')]).when(lift('2025-02-01')).then([lifted('2025-02-01')]);
  });

  it('A26: a lift on a date that does not exist is refused', () => {
    expect(inputRefusal([filed, suspended('2025-03-01', null)], lift('2025-04-31'))).toEqual({ field: 'on', rule: 'CALENDAR_DATE', article: 'A26' });
  });

  it('A26: there is nothing to lift without a suspension, after it ran out, or after it was lifted', () => {
    spec.given([filed]).when(lift('2025-04-01')).thenThrows(AgencyNotSuspendedError);
    spec.given([filed, suspended('2025-03-01', '2025-05-31')]).when(lift('2025-06-01')).thenThrows('AGENCY_NOT_SUSPENDED');
    spec.given([filed, suspended('2025-03-01', null), lifted('2025-04-01')]).when(lift('2025-05-01')).thenThrows('AGENCY_NOT_SUSPENDED');
  });

  it('A20/A26: lifting is refused for an agency not filed or out of the market', () => {
    spec.given([]).when(lift('2025-04-01')).thenThrows('AGENCY_NOT_FILED');
    spec.given([filed, suspended('2025-03-01', null), exited('2025-04-01', 'misconduct')]).when(lift('2025-04-01')).thenThrows('AGENCY_EXITED');
  });
});

describe('agency dates after today (issue 10: a plausible window for every business date)', () => {
  it('A26: a suspension starting more than a year after today (NOW is 2026-03-06) is refused DATE_TOO_FAR_AHEAD naming from', () => {
    expect(inputRefusal([filed], suspend('2999-01-01', null))).toEqual({ field: 'from', rule: 'DATE_TOO_FAR_AHEAD', article: 'A26' });
    expect(inputRefusal([filed], suspend('2027-03-08', null))).toEqual({ field: 'from', rule: 'DATE_TOO_FAR_AHEAD', article: 'A26' });
  });

  it('A26: a suspension imposed ahead of its first day (tomorrow, or within a year) is accepted', () => {
    spec.given([filed]).when(suspend('2026-03-07', '2026-09-30')).then([suspended('2026-03-07', '2026-09-30')]);
    spec.given([filed]).when(suspend('2027-03-07', null)).then([suspended('2027-03-07', null)]);
  });

  it('A26: a suspension lifted on a day after today is refused DATE_IN_FUTURE naming on', () => {
    expect(inputRefusal([filed, suspended('2025-03-01', null)], lift('2026-03-07'))).toEqual({ field: 'on', rule: 'DATE_IN_FUTURE', article: 'A26' });
  });
});
