import { describe, expect, it } from '@jest/globals';
import type { RecordAgencyStaff } from '../../../domain/agency/commands.js';
import { agencyDecider } from '../../../domain/agency/decider.js';
import { AgencyStaffAlreadyJoinedError, AgencyStaffNotMemberError } from '../../../domain/agency/errors.js';
import { deciderSpec } from '../../support/decider-spec.js';
import { AGENCY_ID, NOW, exited, filed, inputRefusal, staff, suspended } from './fixtures.js';

const spec = deciderSpec(agencyDecider);

function record(staffId: string, change: string, on: string): RecordAgencyStaff {
  return { type: 'RecordAgencyStaff', agencyId: AGENCY_ID, now: NOW, staffId, role: 'analyst', change, on };
}

describe('RecordAgencyStaff', () => {
  it('A26: a staff member joining is recorded under a pseudonymous id', () => {
    spec.given([filed]).when(record('ST-9f3a', 'joined', '2021-01-04')).then([staff('ST-9f3a', 'joined', '2021-01-04')]);
  });

  it('A26: a staff member leaving is recorded, also while the agency is suspended', () => {
    spec
      .given([filed, staff('ST-9f3a', 'joined', '2021-01-04'), suspended('2025-03-01', null)])
      .when(record('ST-9f3a', 'left', '2025-03-02'))
      .then([staff('ST-9f3a', 'left', '2025-03-02')]);
  });

  it('A26: a member who left may join again', () => {
    spec
      .given([filed, staff('ST-9f3a', 'joined', '2021-01-04'), staff('ST-9f3a', 'left', '2022-01-04')])
      .when(record('ST-9f3a', 'joined', '2023-01-04'))
      .then([staff('ST-9f3a', 'joined', '2023-01-04')]);
  });

  it('A26: joining twice without leaving is refused', () => {
    spec.given([filed, staff('ST-9f3a', 'joined', '2021-01-04')]).when(record('ST-9f3a', 'joined', '2021-02-01')).thenThrows(AgencyStaffAlreadyJoinedError);
  });

  it('A26: leaving without being a member is refused', () => {
    spec.given([filed]).when(record('ST-9f3a', 'left', '2021-02-01')).thenThrows(AgencyStaffNotMemberError);
    spec
      .given([filed, staff('ST-9f3a', 'joined', '2021-01-04'), staff('ST-9f3a', 'left', '2022-01-04')])
      .when(record('ST-9f3a', 'left', '2022-02-01'))
      .thenThrows('AGENCY_STAFF_NOT_MEMBER');
  });

  it('A28: a name or an identity number is refused as a staff id', () => {
    const notPseudonymous = { field: 'staffId', rule: 'STAFF_ID_NOT_PSEUDONYMOUS', article: 'A28' };
    expect(inputRefusal([filed], record('张三', 'joined', '2021-01-04'))).toEqual(notPseudonymous);
    expect(inputRefusal([filed], record('11010519491231002X', 'joined', '2021-01-04'))).toEqual(notPseudonymous);
    expect(inputRefusal([filed], record('ST-11010519491231002x', 'joined', '2021-01-04'))).toEqual(notPseudonymous);
  });

  it('A26: an unknown change, a future date or a date before the filing is refused', () => {
    expect(inputRefusal([filed], record('ST-9f3a', 'promoted', '2021-01-04'))).toEqual({ field: 'change', rule: 'ONE_OF', article: 'A26' });
    expect(inputRefusal([filed], record('ST-9f3a', 'joined', '2026-03-07'))).toEqual({ field: 'on', rule: 'DATE_IN_FUTURE', article: 'A26' });
    expect(inputRefusal([filed], record('ST-9f3a', 'joined', '2020-05-10'))).toEqual({ field: 'on', rule: 'DATE_TOO_EARLY', article: 'A26' });
  });

  it('A20/A26: staff cannot be recorded for an agency not filed or out of the market', () => {
    spec.given([]).when(record('ST-9f3a', 'joined', '2021-01-04')).thenThrows('AGENCY_NOT_FILED');
    spec.given([filed, exited('2025-01-01', 'voluntary')]).when(record('ST-9f3a', 'joined', '2025-02-01')).thenThrows('AGENCY_EXITED');
  });
});
