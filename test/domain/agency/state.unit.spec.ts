import { describe, expect, it } from '@jest/globals';
import { agencyDecider, agencyStreamName } from '../../../domain/agency/decider.js';
import { fold } from '../../../domain/kernel/decider.js';
import { breach, exited, filed, lifted, staff, suspended } from './fixtures.js';

describe('agency state (evolve)', () => {
  it('A20: starts not filed', () => {
    expect(agencyDecider.initialState).toEqual({ status: 'not-filed' });
  });

  it('A20: a filing sets the filed state', () => {
    expect(fold(agencyDecider, [filed])).toEqual({
      status: 'filed',
      eligibleBy: 'filing',
      agencyId: 'AG-17',
      name: '昆山诚信评估有限公司',
      uscc: '91320583722291823U',
      usccWarnings: [],
      level: 'city',
      filingAuthority: '昆山市社会信用体系建设领导小组办公室',
      filingNumber: 'KS-XY-2020-017',
      filedOn: '2020-05-11',
      suspensions: [],
      exit: null,
      currentStaff: {},
      knownStaffIds: [],
      breachIds: [],
    });
  });

  it('A20 (GB 32100-2015): a position-17 warning of the filing is kept in the state', () => {
    const warned = { ...filed, data: { ...filed.data, usccWarnings: ['USCC_ORG_CODE_CHECK'] } };
    expect(fold(agencyDecider, [warned])).toMatchObject({ status: 'filed', usccWarnings: ['USCC_ORG_CODE_CHECK'] });
  });

  it('A26: suspensions, lifts, exit, staff and breaches are folded in', () => {
    const state = fold(agencyDecider, [
      filed,
      suspended('2025-03-01', null),
      lifted('2025-04-01'),
      staff('ST-a', 'joined', '2021-01-04'),
      staff('ST-b', 'joined', '2021-01-04'),
      staff('ST-a', 'left', '2022-01-04'),
      breach,
      exited('2025-06-01', 'voluntary'),
    ]);
    expect(state).toMatchObject({
      suspensions: [{ from: '2025-03-01', until: null, liftedOn: '2025-04-01' }],
      currentStaff: { 'ST-b': 'analyst' },
      knownStaffIds: ['ST-a', 'ST-b'],
      breachIds: ['BR-1'],
      exit: { exitedOn: '2025-06-01', reason: 'voluntary' },
    });
  });

  it('A26: evolve never throws: a lift with nothing open, or an event before the filing, leaves the state alone', () => {
    const filedState = fold(agencyDecider, [filed]);
    expect(agencyDecider.evolve(filedState, lifted('2025-04-01'))).toEqual(filedState);
    expect(agencyDecider.evolve(agencyDecider.initialState, breach)).toEqual({ status: 'not-filed' });
  });

  it('A20: one stream per agency', () => {
    expect(agencyStreamName('AG-17')).toBe('agency-AG-17');
  });
});
