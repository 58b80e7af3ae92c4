import { describe, it } from '@jest/globals';
import { agencyDecider } from '../../../domain/agency/decider.js';
import { AgencyAlreadyFiledError, AgencyExitedError, AgencyFilingLevelTooLowError } from '../../../domain/agency/errors.js';
import { deciderSpec } from '../../support/decider-spec.js';
import { exited, fileCommand, filed } from './fixtures.js';

const spec = deciderSpec(agencyDecider);

describe('FileAgency', () => {
  it('A15/A20: an agency filed with the city credit office is recorded as filed', () => {
    spec.given([]).when(fileCommand).then([filed]);
  });

  it('A15/A20: provincial and national filings are accepted as well', () => {
    for (const level of ['province', 'national'] as const) {
      spec.given([]).when({ ...fileCommand, level }).then([{ ...filed, data: { ...filed.data, level } }]);
    }
  });

  it('A20: the USCC is stored upper-cased and names and numbers trimmed', () => {
    spec
      .given([])
      .when({ ...fileCommand, uscc: '91320583722291823u', name: ' 昆山诚信评估有限公司 ' })
      .then([filed]);
  });

  it('A15/A20: a filing with a district body (below city level) is refused', () => {
    spec.given([]).when({ ...fileCommand, level: 'district' }).thenThrows(AgencyFilingLevelTooLowError);
    spec.given([]).when({ ...fileCommand, level: 'county' }).thenThrows('AGENCY_FILING_LEVEL_TOO_LOW');
  });

  it('A20: an agency is filed only once', () => {
    spec.given([filed]).when(fileCommand).thenThrows(AgencyAlreadyFiledError);
  });

  it('A26: an agency that left the market cannot be filed again under the same id', () => {
    spec.given([filed, exited('2025-01-01', 'voluntary')]).when(fileCommand).thenThrows(AgencyExitedError);
  });

  it('A20 (GB 32100-2015): a USCC whose check character fails is refused', () => {
    spec.given([]).when({ ...fileCommand, uscc: '91320583722291823A' }).thenThrows('VALIDATION_FAILED');
  });

  it('A20: a filing dated after today, or not a real date, is refused', () => {
    spec.given([]).when({ ...fileCommand, filedOn: '2020-05-12' }).thenThrows('VALIDATION_FAILED');
    spec.given([]).when({ ...fileCommand, filedOn: '2020-02-30' }).thenThrows('VALIDATION_FAILED');
  });

  it('A20: name, authority and filing number are required; now must be an instant with offset', () => {
    spec.given([]).when({ ...fileCommand, name: '  ' }).thenThrows('VALIDATION_FAILED');
    spec.given([]).when({ ...fileCommand, filingAuthority: '' }).thenThrows('VALIDATION_FAILED');
    spec.given([]).when({ ...fileCommand, filingNumber: '' }).thenThrows('VALIDATION_FAILED');
    spec.given([]).when({ ...fileCommand, now: '2020-05-11T10:00:00' }).thenThrows('VALIDATION_FAILED');
  });
});
