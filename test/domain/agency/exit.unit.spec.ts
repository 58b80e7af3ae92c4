import { describe, expect, it } from '@jest/globals';
import type { ExitAgency } from '../../../domain/agency/commands.js';
import { agencyDecider } from '../../../domain/agency/decider.js';
import { AgencyExitedError, AgencyNotFiledError } from '../../../domain/agency/errors.js';
import { deciderSpec } from '../../support/decider-spec.js';
import { AGENCY_ID, NOW, exited, filed, inputRefusal, suspended } from './fixtures.js';

const spec = deciderSpec(agencyDecider);

function exit(exitedOn: string, reason: string): ExitAgency {
  return { type: 'ExitAgency', agencyId: AGENCY_ID, now: NOW, exitedOn, reason, basisDocument: '昆信用办〔2025〕12号' };
}

describe('ExitAgency', () => {
  it('A26: an agency leaves the market of its own will', () => {
    spec.given([filed]).when(exit('2025-01-01', 'voluntary')).then([exited('2025-01-01', 'voluntary')]);
  });

  it('A26: an agency is removed from the market for misconduct, even while suspended', () => {
    spec.given([filed, suspended('2024-10-01', null)]).when(exit('2025-01-01', 'misconduct')).then([exited('2025-01-01', 'misconduct')]);
  });

  it('A26: an agency exits only once', () => {
    spec.given([filed, exited('2025-01-01', 'voluntary')]).when(exit('2025-02-01', 'misconduct')).thenThrows(AgencyExitedError);
  });

  it('A20: an agency that is not filed cannot exit', () => {
    spec.given([]).when(exit('2025-01-01', 'voluntary')).thenThrows(AgencyNotFiledError);
  });

  it('A26: an unknown reason or an exit before the filing is refused', () => {
    spec.given([filed]).when(exit('2025-01-01', 'bankrupt')).thenThrows('VALIDATION_FAILED');
    expect(inputRefusal([filed], exit('2025-01-01', 'bankrupt'))).toEqual({ field: 'reason', rule: 'ONE_OF', article: 'A26' });
    expect(inputRefusal([filed], exit('2020-05-10', 'voluntary'))).toEqual({ field: 'exitedOn', rule: 'DATE_TOO_EARLY', article: 'A26' });
    expect(inputRefusal([filed], exit('2025-02-29', 'voluntary'))).toEqual({ field: 'exitedOn', rule: 'CALENDAR_DATE', article: 'A26' });
  });
});

describe('exit dates (issue 10: a plausible window for every business date)', () => {
  it('A26: an exit dated after today (NOW is 2026-03-06) is refused DATE_IN_FUTURE naming exitedOn', () => {
    expect(inputRefusal([filed], exit('2999-01-01', 'voluntary'))).toEqual({ field: 'exitedOn', rule: 'DATE_IN_FUTURE', article: 'A26' });
  });
});
