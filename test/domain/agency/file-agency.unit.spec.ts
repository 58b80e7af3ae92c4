import { describe, expect, it } from '@jest/globals';
import { agencyDecider } from '../../../domain/agency/decider.js';
import { AgencyAlreadyFiledError, AgencyExitedError, AgencyFilingLevelTooLowError } from '../../../domain/agency/errors.js';
import { deciderSpec } from '../../support/decider-spec.js';
import { USCC_ORG_CODE_CHECK } from '../../../domain/rules/identifiers/uscc.js';
import { exited, fileCommand, filed, inputRefusal } from './fixtures.js';

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
    expect(inputRefusal([], { ...fileCommand, uscc: '91320583722291823A' })).toEqual({ field: 'uscc', rule: 'USCC_CHECK_CHARACTER', article: 'A4, GB 32100-2015' });
  });

  // 91320583722291824 fails GB 11714 at position 17 (it should be 3); 'Y' is its valid 18th character.
  it('A20 (GB 32100-2015): an early pilot USCC failing only position 17 is filed, and the warning is kept on AgencyFiled', () => {
    const uscc = '91320583722291824Y';
    spec.given([]).when({ ...fileCommand, uscc }).then([{ ...filed, data: { ...filed.data, uscc, usccWarnings: [USCC_ORG_CODE_CHECK] } }]);
  });

  it('A20: a filing dated after today, or not a real date, is refused', () => {
    expect(inputRefusal([], { ...fileCommand, filedOn: '2020-05-12' })).toEqual({ field: 'filedOn', rule: 'DATE_IN_FUTURE', article: 'A20' });
    expect(inputRefusal([], { ...fileCommand, filedOn: '2020-02-30' })).toEqual({ field: 'filedOn', rule: 'CALENDAR_DATE', article: 'A20' });
    expect(inputRefusal([], { ...fileCommand, filedOn: '0000-01-01' })).toEqual({ field: 'filedOn', rule: 'FILING_DATE_TOO_EARLY', article: 'A20' });
  });

  it('A20: name, authority and filing number are required; now must be an instant with offset (docs/domain.md Time)', () => {
    expect(inputRefusal([], { ...fileCommand, name: '  ' })).toEqual({ field: 'name', rule: 'REQUIRED', article: 'A20' });
    expect(inputRefusal([], { ...fileCommand, filingAuthority: '' })).toEqual({ field: 'filingAuthority', rule: 'REQUIRED', article: 'A20' });
    expect(inputRefusal([], { ...fileCommand, filingNumber: '' })).toEqual({ field: 'filingNumber', rule: 'REQUIRED', article: 'A20' });
    expect(inputRefusal([], { ...fileCommand, now: '2020-05-11T10:00:00' })).toEqual({ field: 'now', rule: 'INSTANT', article: 'docs/domain.md Time' });
  });

  it('A15: a filing without a level is refused', () => {
    expect(inputRefusal([], { ...fileCommand, level: ' ' })).toEqual({ field: 'level', rule: 'REQUIRED', article: 'A15' });
  });
});
