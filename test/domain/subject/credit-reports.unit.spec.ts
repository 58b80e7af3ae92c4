import { describe, it, expect } from '@jest/globals';
import type { AgencyStanding } from '../../../domain/agency/standing.js';
import {
  ReportAgencyExitedError,
  ReportAgencyNotFiledError,
  ReportAgencySuspendedError,
  ReportIssuedInFutureError,
} from '../../../domain/subject/errors.js';
import { fileCreditReport } from './fixture-commands.js';
import { NOW, creditReportFiled, history, spec } from './fixtures.js';

/** AG-17 on 2026-01-20, the default issue date. */
const inForce: AgencyStanding = { agencyId: 'AG-17', on: '2026-01-20', status: 'in-force', filedOn: '2025-06-01', exitReason: null, exitedOn: null, level: 'city' };

const file = fileCreditReport;

describe('FileCreditReport (A15, A16, A19, A20, A26)', () => {
  it('A15, A16, A19: a report by an agency in force on its issue date is recorded, every A16 section named, valid one year', () => {
    spec().given(history()).when(file()).then([creditReportFiled()]);
  });

  it('A16: the rating accepts a typeset minus sign and is stored as grade and modifier', () => {
    spec()
      .given(history())
      .when(file({ rating: 'BBB\u2212', commissionedBy: { kind: 'department', departmentId: 'DEP-FINANCE' } }))
      .thenEmits([{ data: { rating: { grade: 'BBB', modifier: '-' }, commissionedBy: { kind: 'department', departmentId: 'DEP-FINANCE' } } }]);
  });

  it('A16: a rating off the scale (RATING_SCALE), or a modifier on AAA (RATING_MODIFIER), is invalid input', () => {
    spec().given(history()).when(file({ rating: 'AAAA' })).thenInvalid('RATING_SCALE');
    spec().given(history()).when(file({ rating: 'AAA+' })).thenInvalid('RATING_MODIFIER');
  });

  it('A16: a section name outside the eight named sections is invalid input (REPORT_SECTION), citing A16', () => {
    expect(spec().given(history()).when(file({ sections: { horoscope: 'good' } as never })).thenInvalid('REPORT_SECTION').article).toBe('A16');
  });

  it('A19, A31: a report issued before the measure took effect (0000-01-01) is invalid input (BEFORE_MEASURE), citing A31', () => {
    expect(spec().given(history()).when(file({ issuedOn: '0000-01-01' })).thenInvalid('BEFORE_MEASURE').article).toBe('A31');
  });

  it('A19: an issue date that does not exist is invalid input (CALENDAR_DATE)', () => {
    spec().given(history()).when(file({ issuedOn: '2026-01-32' })).thenInvalid('CALENDAR_DATE');
  });

  it('A19: a report issued on 2024-02-29 is valid through 2025-02-28', () => {
    spec()
      .given(history())
      .when(file({ issuedOn: '2024-02-29', agencyStanding: { ...inForce, on: '2024-02-29', filedOn: '2023-01-01' } }))
      .thenEmits([{ data: { validThrough: '2025-02-28', expiresAt: '2025-02-28T23:59:59.999+08:00' } }]);
  });

  it('A20: a report from an agency not yet filed on its issue date is refused', () => {
    spec()
      .given(history())
      .when(file({ now: NOW, issuedOn: '2026-03-02', agencyStanding: { agencyId: 'AG-17', on: '2026-03-02', status: 'not-filed', filedOn: '2026-03-05', exitReason: null, exitedOn: null, level: 'city' } }))
      .thenThrows(ReportAgencyNotFiledError);
  });

  it('A15, A20: the refusal names the agency, the date and the article (filed or recognised)', () => {
    spec().given(history()).when(file({ now: NOW, issuedOn: '2026-03-02', agencyStanding: { ...inForce, on: '2026-03-02', status: 'not-filed', filedOn: null } })).thenRefuses({
      message: expect.stringContaining('REPORT_AGENCY_NOT_FILED: agency AG-17 was neither filed nor recognised on 2026-03-02 (A15, A20: 备案或认可) (A20)'),
    });
  });

  it('A20: a standing "in force" whose filing date is after the issue date is refused with REPORT_AGENCY_NOT_FILED', () => {
    spec().given(history()).when(file({ agencyStanding: { ...inForce, filedOn: '2026-01-21' } })).thenThrows('REPORT_AGENCY_NOT_FILED');
  });

  it('A20: an agency never filed at all (no standing id) is refused with REPORT_AGENCY_NOT_FILED', () => {
    spec().given(history()).when(file({ agencyStanding: { agencyId: null, on: '2026-01-20', status: 'not-filed', filedOn: null, exitReason: null, exitedOn: null, level: null } })).thenThrows('REPORT_AGENCY_NOT_FILED');
  });

  it('A26: a report issued while the agency was suspended is refused with REPORT_AGENCY_SUSPENDED', () => {
    spec().given(history()).when(file({ agencyStanding: { ...inForce, status: 'suspended' } })).thenThrows(ReportAgencySuspendedError);
  });

  it('A26: a report issued after the agency exited the market is refused with REPORT_AGENCY_EXITED', () => {
    spec()
      .given(history())
      .when(file({ agencyStanding: { ...inForce, status: 'exited', exitReason: 'voluntary', exitedOn: '2026-01-01' } }))
      .thenThrows(ReportAgencyExitedError);
  });

  it('A20: a standing that belongs to another agency is invalid input (AGENCY_MISMATCH)', () => {
    spec().given(history()).when(file({ agencyStanding: { ...inForce, agencyId: 'AG-99' } })).thenInvalid('AGENCY_MISMATCH');
  });

  it('A20: a standing computed for another date than the issue date is invalid input (STANDING_DATE_MISMATCH), naming both dates', () => {
    const error = spec().given(history()).when(file({ agencyStanding: { ...inForce, on: '2026-01-21' } })).thenInvalid('STANDING_DATE_MISMATCH');
    expect(error).toMatchObject({ article: 'A20', details: { on: '2026-01-21', issuedOn: '2026-01-20' } });
  });

  it('A26: a standing that says in force but whose exit date is on or before the issue date is refused with REPORT_AGENCY_EXITED', () => {
    spec().given(history()).when(file({ agencyStanding: { ...inForce, exitReason: 'voluntary', exitedOn: '2026-01-20' } })).thenThrows(ReportAgencyExitedError);
    spec().given(history()).when(file({ agencyStanding: { ...inForce, exitReason: 'misconduct', exitedOn: '2025-12-31' } })).thenThrows('REPORT_AGENCY_EXITED');
  });

  it('A26: an exit after the issue date does not stop a report issued before it (it is flagged by the views if for misconduct)', () => {
    spec().given(history()).when(file({ agencyStanding: { ...inForce, exitReason: 'misconduct', exitedOn: '2026-01-21' } })).then([creditReportFiled()]);
  });

  it('A20: a standing with a status off the list (ONE_OF) or an undated filing (CALENDAR_DATE) is invalid input', () => {
    spec().given(history()).when(file({ agencyStanding: { ...inForce, status: 'fine' as never } })).thenInvalid('ONE_OF');
    spec().given(history()).when(file({ agencyStanding: { ...inForce, filedOn: '2025-02-30' } })).thenInvalid('CALENDAR_DATE');
  });

  it('A15: a report commissioned by a department is recorded with that department as commissioner', () => {
    spec()
      .given(history())
      .when(file({ commissionedBy: { kind: 'department', departmentId: 'DEP-HOUSING' } }))
      .then([creditReportFiled({ commissionedBy: { kind: 'department', departmentId: 'DEP-HOUSING' } })]);
  });

  it('A15: a department commissioner without an id is invalid input (TEXT_REQUIRED); a commissioner of another kind (ONE_OF)', () => {
    spec().given(history()).when(file({ commissionedBy: { kind: 'department', departmentId: ' ' } })).thenInvalid('TEXT_REQUIRED');
    spec().given(history()).when(file({ commissionedBy: { kind: 'bank' } as never })).thenInvalid('ONE_OF');
  });

  it('A16: a rating of D is accepted by default; with allowRatingGradeD false it is invalid input (RATING_GRADE_D_NOT_ALLOWED)', () => {
    spec().given(history()).when(file({ rating: 'D' })).thenEmits([{ data: { rating: { grade: 'D', modifier: null } } }]);
    spec({ allowRatingGradeD: false }).given(history()).when(file({ rating: 'D' })).thenInvalid('RATING_GRADE_D_NOT_ALLOWED');
  });

  it('A16: sections that are not an object are invalid input (OBJECT_REQUIRED)', () => {
    spec().given(history()).when(file({ sections: 'all good' as never })).thenInvalid('OBJECT_REQUIRED');
  });

  it('A19: a report whose issue date is after today is refused with REPORT_ISSUED_IN_FUTURE', () => {
    spec().given(history()).when(file({ issuedOn: '2026-01-22' })).thenThrows(ReportIssuedInFutureError);
  });

  it('A19: a report id already used is refused with RECORD_ID_ALREADY_USED', () => {
    spec().given(history(creditReportFiled())).when(file()).thenThrows('RECORD_ID_ALREADY_USED');
  });
});
