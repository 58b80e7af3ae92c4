import { describe, expect, it } from '@jest/globals';
import type { RetireDepartmentRule, SetDepartmentRule } from '../../../domain/department/commands.js';
import { departmentDecider } from '../../../domain/department/decider.js';
import { DepartmentSucceededError, RuleAlreadyRetiredError, RuleAlreadySetError, RuleNotFoundError } from '../../../domain/department/errors.js';
import { deciderSpec } from '../../support/decider-spec.js';
import { DEPT, NOW, inputRefusal, merged, registered, ruleRetired, ruleSet, split } from './fixtures.js';

const spec = deciderSpec(departmentDecider);

const setRule: SetDepartmentRule = {
  type: 'SetDepartmentRule',
  departmentId: DEPT,
  now: NOW,
  ruleId: 'R-1',
  matterKind: 'eia-approval',
  area: 'approval-market-access-supervision',
  products: ['commitment', 'review'],
  mode: 'all',
  effectiveFrom: '2017-06-01',
};

function retire(ruleId: string, on: string): RetireDepartmentRule {
  return { type: 'RetireDepartmentRule', departmentId: DEPT, now: NOW, ruleId, on };
}

describe('SetDepartmentRule', () => {
  it('A24/A12: a department requires a commitment and a review for an approval matter', () => {
    spec.given([registered]).when(setRule).then([ruleSet('R-1', '2017-06-01')]);
  });

  it('A24/A17: a rule may let the subject choose a review or a report for a tendering matter', () => {
    const command = { ...setRule, area: 'procurement-construction-land-tendering', products: ['report', 'review'], mode: 'any' };
    spec.given([registered]).when(command).then([
      ruleSet('R-1', '2017-06-01', { area: 'procurement-construction-land-tendering', products: ['review', 'report'], mode: 'any' }),
    ]);
  });

  it('A24: a rule id is set once', () => {
    spec.given([registered, ruleSet('R-1', '2017-06-01')]).when(setRule).thenThrows(RuleAlreadySetError);
  });

  it('A24: a rule effective on or after a merger or split is refused; the successor sets it', () => {
    spec.given([registered, merged('ks-ecology', '2019-03-01')]).when({ ...setRule, effectiveFrom: '2019-03-01' }).thenThrows(DepartmentSucceededError);
    spec.given([registered, split(['ks-a', 'ks-b'], 'ks-a', '2019-03-01')]).when({ ...setRule, effectiveFrom: '2020-01-01' }).thenThrows('DEPARTMENT_SUCCEEDED');
  });

  it('A24: a rule effective before a recorded merger is still accepted', () => {
    spec.given([registered, merged('ks-ecology', '2019-03-01')]).when(setRule).then([ruleSet('R-1', '2017-06-01')]);
  });

  it('A3/A12/A17/A24: unknown area, empty, repeated or unknown products, or an unknown mode are refused', () => {
    expect(inputRefusal([registered], { ...setRule, area: 'health' })).toEqual({ field: 'area', rule: 'USAGE_AREA', article: 'A12, A17' });
    expect(inputRefusal([registered], { ...setRule, products: [] })).toEqual({ field: 'products', rule: 'REQUIRED', article: 'A3' });
    expect(inputRefusal([registered], { ...setRule, products: ['review', 'review'] })).toEqual({ field: 'products', rule: 'DISTINCT', article: 'A3' });
    expect(inputRefusal([registered], { ...setRule, products: ['rating'] })).toEqual({ field: 'products', rule: 'ONE_OF', article: 'A3' });
    expect(inputRefusal([registered], { ...setRule, mode: 'some' })).toEqual({ field: 'mode', rule: 'ONE_OF', article: 'A24' });
    expect(inputRefusal([registered], { ...setRule, matterKind: '' })).toEqual({ field: 'matterKind', rule: 'REQUIRED', article: 'A24' });
  });

  it('A31: a rule cannot take effect before the measure did', () => {
    expect(inputRefusal([registered], { ...setRule, effectiveFrom: '2017-03-05' })).toEqual({ field: 'effectiveFrom', rule: 'BEFORE_MEASURE', article: 'A31' });
  });

  it('A2: an unregistered department cannot set rules', () => {
    spec.given([]).when(setRule).thenThrows('DEPARTMENT_NOT_REGISTERED');
  });
});

describe('RetireDepartmentRule', () => {
  it('A24: a rule is retired from a date', () => {
    spec.given([registered, ruleSet('R-1', '2017-06-01')]).when(retire('R-1', '2020-01-01')).then([ruleRetired('R-1', '2020-01-01')]);
  });

  it('A24: a rule may still be retired after a merger (closing the old department)', () => {
    spec.given([registered, ruleSet('R-1', '2017-06-01'), merged('ks-x', '2019-03-01')]).when(retire('R-1', '2020-01-01')).then([ruleRetired('R-1', '2020-01-01')]);
  });

  it('A24: a retirement date that does not exist is refused', () => {
    expect(inputRefusal([registered, ruleSet('R-1', '2017-06-01')], retire('R-1', '2020-02-30'))).toEqual({ field: 'on', rule: 'CALENDAR_DATE', article: 'A24' });
  });

  it('A24: an unknown rule cannot be retired', () => {
    spec.given([registered]).when(retire('R-9', '2020-01-01')).thenThrows(RuleNotFoundError);
  });

  it('A24: a rule is retired once', () => {
    spec.given([registered, ruleSet('R-1', '2017-06-01'), ruleRetired('R-1', '2020-01-01')]).when(retire('R-1', '2021-01-01')).thenThrows(RuleAlreadyRetiredError);
  });

  it('A2: an unregistered department cannot retire rules', () => {
    spec.given([]).when(retire('R-1', '2020-01-01')).thenThrows('DEPARTMENT_NOT_REGISTERED');
  });
});
