import { describe, expect, it } from '@jest/globals';
import { departmentDecider, departmentStreamName } from '../../../domain/department/decider.js';
import { fold } from '../../../domain/kernel/decider.js';
import { joined, merged, registered, registeredNonPilot, renamed, ruleRetired, ruleSet, split } from './fixtures.js';

describe('department state (evolve)', () => {
  it('A2: starts not registered', () => {
    expect(departmentDecider.initialState).toEqual({ status: 'not-registered' });
  });

  it('A13: registration sets kind, pilot flag, participation and the first name', () => {
    expect(fold(departmentDecider, [registered])).toEqual({
      status: 'registered',
      departmentId: 'ks-env',
      kind: 'department',
      pilot: true,
      participatesFrom: '2017-03-06',
      names: [{ nameZh: '市环保局', nameEn: 'Environmental Protection Bureau', effectiveOn: null }],
      rules: [],
      succession: null,
    });
  });

  it('A13/A24: joining, renames, rules and their retirement are folded in', () => {
    const state = fold(departmentDecider, [registeredNonPilot, joined('2019-07-01'), renamed('新名', 'New', '2019-03-01'), ruleSet('R-1', '2017-06-01'), ruleRetired('R-1', '2020-01-01')]);
    expect(state).toMatchObject({
      participatesFrom: '2019-07-01',
      names: [{ effectiveOn: null }, { nameZh: '新名', effectiveOn: '2019-03-01' }],
      rules: [{ ruleId: 'R-1', retiredOn: '2020-01-01' }],
    });
  });

  it('A24: a merger or a split records the succession', () => {
    expect(fold(departmentDecider, [registered, merged('ks-tax', '2018-07-05')])).toMatchObject({
      succession: { kind: 'merged', intoDepartmentId: 'ks-tax', effectiveOn: '2018-07-05' },
    });
    expect(fold(departmentDecider, [registered, split(['ks-a', 'ks-b'], 'ks-b', '2019-03-01')])).toMatchObject({
      succession: { kind: 'split', successorIds: ['ks-a', 'ks-b'], rulesFollow: 'ks-b', effectiveOn: '2019-03-01' },
    });
  });

  it('A2: evolve never throws: events before a registration leave the state alone', () => {
    expect(departmentDecider.evolve(departmentDecider.initialState, joined('2019-07-01'))).toEqual({ status: 'not-registered' });
  });

  it('A2: one stream per department', () => {
    expect(departmentStreamName('ks-drc')).toBe('department-ks-drc');
  });
});
