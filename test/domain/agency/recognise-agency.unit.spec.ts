import { describe, expect, it } from '@jest/globals';
import { agencyDecider } from '../../../domain/agency/decider.js';
import { AgencyAlreadyFiledError, AgencyExitedError, AgencyFilingLevelTooLowError } from '../../../domain/agency/errors.js';
import { agencyStandingOn } from '../../../domain/agency/standing.js';
import { deciderSpec } from '../../support/decider-spec.js';
import { exited, filed, inputRefusal, recognised, recogniseCommand, suspended } from './fixtures.js';

const spec = deciderSpec(agencyDecider);
const fold = (...events: Parameters<typeof agencyDecider.evolve>[1][]) => events.reduce((state, event) => agencyDecider.evolve(state, event), agencyDecider.initialState);

describe('RecogniseAgency (A15, A20: 备案或认可)', () => {
  it('A15/A20: an agency recognised by the city body is recorded as recognised, with the recognition document and date', () => {
    spec.given([]).when(recogniseCommand).then([recognised]);
  });

  it('A15/A20: a recognised agency is eligible from its recognition date, as a filed one is from its filing date', () => {
    const state = fold(recognised);
    expect(state).toMatchObject({ status: 'filed', eligibleBy: 'recognition', filedOn: '2020-05-11', filingAuthority: '苏州市社会信用体系建设领导小组办公室', filingNumber: '苏信办认〔2020〕2号' });
    expect(agencyStandingOn(state, '2020-05-10').status).toBe('not-filed');
    expect(agencyStandingOn(state, '2020-05-11').status).toBe('in-force');
    expect(fold(filed)).toMatchObject({ eligibleBy: 'filing' });
  });

  it('A26: a recognised agency is supervised as a filed one is: suspended, it is not in force', () => {
    expect(agencyStandingOn(fold(recognised, suspended('2025-03-01', '2025-05-31')), '2025-04-01').status).toBe('suspended');
  });

  it('A15/A20: a recognition by a district body (below city level) is refused', () => {
    spec.given([]).when({ ...recogniseCommand, level: 'district' }).thenThrows(AgencyFilingLevelTooLowError);
  });

  it('A20: an agency already filed or recognised is not recognised again under the same id; after exit neither (A26)', () => {
    spec.given([filed]).when(recogniseCommand).thenThrows(AgencyAlreadyFiledError);
    spec.given([recognised]).when(recogniseCommand).thenThrows(AgencyAlreadyFiledError);
    spec.given([recognised, exited('2025-01-01', 'voluntary')]).when(recogniseCommand).thenThrows(AgencyExitedError);
  });

  it('A15: the recognising body and the recognition document are required, naming the field', () => {
    expect(inputRefusal([], { ...recogniseCommand, recognisingAuthority: ' ' })).toEqual({ field: 'recognisingAuthority', rule: 'REQUIRED', article: 'A15' });
    expect(inputRefusal([], { ...recogniseCommand, recognitionDocument: '' })).toEqual({ field: 'recognitionDocument', rule: 'REQUIRED', article: 'A15' });
  });

  it('A15, A20: the recognition date is a real date, not in the future, not before 2014-06-14 (0000-01-01 refused)', () => {
    expect(inputRefusal([], { ...recogniseCommand, recognisedOn: '2020-05-12' })).toEqual({ field: 'recognisedOn', rule: 'DATE_IN_FUTURE', article: 'A15' });
    expect(inputRefusal([], { ...recogniseCommand, recognisedOn: '0000-01-01' })).toEqual({ field: 'recognisedOn', rule: 'FILING_DATE_TOO_EARLY', article: 'A15' });
    expect(inputRefusal([], { ...recogniseCommand, recognisedOn: '2020-02-30' })).toEqual({ field: 'recognisedOn', rule: 'CALENDAR_DATE', article: 'A15' });
  });
});
