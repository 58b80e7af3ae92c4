import { describe, expect, it } from '@jest/globals';
import { departmentDecider } from '../../../domain/department/decider.js';
import type { DepartmentEvent } from '../../../domain/department/events.js';
import { ruleFor } from '../../../domain/department/rule-for.js';
import { fold } from '../../../domain/kernel/decider.js';
import { registered, ruleRetired, ruleSet } from './fixtures.js';

const state = (events: DepartmentEvent[]) => fold(departmentDecider, events);
const AREA = 'approval-market-access-supervision';

describe('ruleFor', () => {
  it('A24: no rule before it takes effect; the requirement from its first day', () => {
    const withRule = state([registered, ruleSet('R-1', '2017-06-01')]);
    expect(ruleFor(withRule, 'eia-approval', AREA, '2017-05-31')).toBeNull();
    expect(ruleFor(withRule, 'eia-approval', AREA, '2017-06-01')).toEqual({
      ruleId: 'R-1', products: ['commitment', 'review'], mode: 'all', effectiveFrom: '2017-06-01',
    });
  });

  it('A24: only the matter kind and area asked for', () => {
    const withRule = state([registered, ruleSet('R-1', '2017-06-01')]);
    expect(ruleFor(withRule, 'other-matter', AREA, '2018-01-01')).toBeNull();
    expect(ruleFor(withRule, 'eia-approval', 'fiscal-funds-policy-loans', '2018-01-01')).toBeNull();
  });

  it('A24: a retired rule applies up to the day before its retirement', () => {
    const retired = state([registered, ruleSet('R-1', '2017-06-01'), ruleRetired('R-1', '2020-01-01')]);
    expect(ruleFor(retired, 'eia-approval', AREA, '2019-12-31')?.ruleId).toBe('R-1');
    expect(ruleFor(retired, 'eia-approval', AREA, '2020-01-01')).toBeNull();
  });

  it('A24: a newer rule for the same matter supersedes the older from its own date', () => {
    const both = state([
      registered,
      ruleSet('R-1', '2017-06-01'),
      ruleSet('R-2', '2021-01-01', { products: ['commitment'], mode: 'any' }),
    ]);
    expect(ruleFor(both, 'eia-approval', AREA, '2020-12-31')?.ruleId).toBe('R-1');
    expect(ruleFor(both, 'eia-approval', AREA, '2021-01-01')).toEqual({ ruleId: 'R-2', products: ['commitment'], mode: 'any', effectiveFrom: '2021-01-01' });
  });

  it('A24: of two rules effective the same day, the later recorded wins', () => {
    const tie = state([registered, ruleSet('R-1', '2017-06-01'), ruleSet('R-2', '2017-06-01', { mode: 'any' })]);
    expect(ruleFor(tie, 'eia-approval', AREA, '2018-01-01')?.ruleId).toBe('R-2');
  });

  it('A2: an unregistered department has no rules', () => {
    expect(ruleFor(departmentDecider.initialState, 'eia-approval', AREA, '2018-01-01')).toBeNull();
  });
});
