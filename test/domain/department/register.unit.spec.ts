import { describe, expect, it } from '@jest/globals';
import type { RegisterDepartment } from '../../../domain/department/commands.js';
import { departmentDecider } from '../../../domain/department/decider.js';
import { DepartmentAlreadyRegisteredError } from '../../../domain/department/errors.js';
import { deciderSpec } from '../../support/decider-spec.js';
import { DEPT, DOC, NOW, inputRefusal, registered, registeredNonPilot } from './fixtures.js';

const spec = deciderSpec(departmentDecider);

const register: RegisterDepartment = {
  type: 'RegisterDepartment',
  departmentId: DEPT,
  now: NOW,
  nameZh: '市环保局',
  nameEn: 'Environmental Protection Bureau',
  kind: 'department',
  pilot: true,
  participatesFrom: '2017-03-06',
  basisDocument: '昆政办发〔2017〕41号',
};

describe('RegisterDepartment', () => {
  it('A13: a pilot department is registered taking part in reviews from the date of issue', () => {
    spec.given([]).when(register).then([registered]);
  });

  it('A2/A13: a non-pilot department is registered without taking part in reviews yet', () => {
    const command = { ...register, nameZh: '市城管局', nameEn: 'Urban Management Bureau', pilot: false, participatesFrom: null, basisDocument: DOC };
    spec.given([]).when(command).then([registeredNonPilot]);
  });

  it('A29: an association is registered as a user organisation, counted apart', () => {
    const command = { ...register, departmentId: 'ks-assoc-1', nameZh: '昆山市建筑业协会', nameEn: 'Kunshan Construction Industry Association', kind: 'user-organisation', pilot: false, participatesFrom: null };
    spec.given([]).when(command).then([
      { type: 'DepartmentRegistered', data: { ...registered.data, departmentId: 'ks-assoc-1', nameZh: '昆山市建筑业协会', nameEn: 'Kunshan Construction Industry Association', kind: 'user-organisation', pilot: false, participatesFrom: null } },
    ]);
  });

  it('A2: a department is registered once', () => {
    spec.given([registered]).when(register).thenThrows(DepartmentAlreadyRegisteredError);
  });

  it('A13: a pilot must take part from a date, and cannot be an A29 user organisation', () => {
    expect(inputRefusal([], { ...register, participatesFrom: null })).toEqual({ field: 'participatesFrom', rule: 'PILOT_PARTICIPATES', article: 'A13' });
    expect(inputRefusal([], { ...register, kind: 'user-organisation' })).toEqual({ field: 'pilot', rule: 'PILOT_IS_DEPARTMENT', article: 'A13' });
  });

  it('A31: nobody takes part before the measure was issued on 2017-03-06', () => {
    expect(inputRefusal([], { ...register, participatesFrom: '2017-03-05' })).toEqual({ field: 'participatesFrom', rule: 'BEFORE_MEASURE', article: 'A31' });
  });

  it('A13: an unknown kind, an empty name, a pilot flag that is not a boolean or a malformed date is refused', () => {
    expect(inputRefusal([], { ...register, kind: 'bank' })).toEqual({ field: 'kind', rule: 'ONE_OF', article: 'A13' });
    expect(inputRefusal([], { ...register, nameZh: ' ' })).toEqual({ field: 'nameZh', rule: 'REQUIRED', article: 'A13' });
    expect(inputRefusal([], { ...register, pilot: 'yes' as unknown as boolean })).toEqual({ field: 'pilot', rule: 'BOOLEAN', article: 'A13' });
    expect(inputRefusal([], { ...register, participatesFrom: '2017-3-6' })).toEqual({ field: 'participatesFrom', rule: 'CALENDAR_DATE', article: 'A13' });
  });

  it('docs/domain.md Time: a command whose now is not an instant is refused', () => {
    expect(inputRefusal([], { ...register, now: 'yesterday' })).toEqual({ field: 'now', rule: 'INSTANT', article: 'docs/domain.md Time' });
  });
});
