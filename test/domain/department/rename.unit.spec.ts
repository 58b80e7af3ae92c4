import { describe, expect, it } from '@jest/globals';
import type { RenameDepartment } from '../../../domain/department/commands.js';
import { departmentDecider } from '../../../domain/department/decider.js';
import { DepartmentNotRegisteredError, DepartmentSucceededError } from '../../../domain/department/errors.js';
import { fold } from '../../../domain/kernel/decider.js';
import { deciderSpec } from '../../support/decider-spec.js';
import { DEPT, DOC, NOW, inputRefusal, merged, registered, renamed, split } from './fixtures.js';

const spec = deciderSpec(departmentDecider);

function refusalOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

function rename(effectiveOn: string): RenameDepartment {
  return { type: 'RenameDepartment', departmentId: DEPT, now: NOW, nameZh: '苏州市昆山生态环境局', nameEn: 'Kunshan Ecology and Environment Bureau', effectiveOn, basisDocument: DOC };
}

describe('RenameDepartment', () => {
  it('A24 (2019 reform): environmental protection is renamed ecology and environment from a date', () => {
    spec.given([registered]).when(rename('2019-03-01')).then([renamed('苏州市昆山生态环境局', 'Kunshan Ecology and Environment Bureau', '2019-03-01')]);
  });

  it('A24: a rename effective before a later merger is still accepted (history)', () => {
    spec.given([registered, merged('ks-x', '2020-01-01')]).when(rename('2019-03-01')).then([renamed('苏州市昆山生态环境局', 'Kunshan Ecology and Environment Bureau', '2019-03-01')]);
  });

  it('A24: a rename on or after a merger is refused, naming the successor', () => {
    spec.given([registered, merged('ks-x', '2019-03-01')]).when(rename('2019-03-01')).thenThrows(DepartmentSucceededError);
    const refusal = refusalOf(() => departmentDecider.decide(rename('2019-06-01'), fold(departmentDecider, [registered, merged('ks-x', '2019-03-01')])));
    expect(refusal).toMatchObject({ code: 'DEPARTMENT_SUCCEEDED', details: { departmentId: DEPT, successorId: 'ks-x', effectiveOn: '2019-03-01' } });
  });

  it('A24: a rename after a split is refused', () => {
    spec.given([registered, split(['ks-a', 'ks-b'], 'ks-b', '2019-03-01')]).when(rename('2019-06-01')).thenThrows('DEPARTMENT_SUCCEEDED');
  });

  it('A2: an unregistered department cannot be renamed', () => {
    spec.given([]).when(rename('2019-03-01')).thenThrows(DepartmentNotRegisteredError);
  });

  it('A24: an empty name or a bad date is refused', () => {
    expect(inputRefusal([registered], { ...rename('2019-03-01'), nameEn: '' })).toEqual({ field: 'nameEn', rule: 'REQUIRED', article: 'A24' });
    expect(inputRefusal([registered], rename('2019-02-30'))).toEqual({ field: 'effectiveOn', rule: 'CALENDAR_DATE', article: 'A24' });
  });

  it('A2: a command routed to another department stream is refused', () => {
    expect(inputRefusal([registered], { ...rename('2019-03-01'), departmentId: 'ks-drc' })).toEqual({ field: 'departmentId', rule: 'DEPARTMENT_ID_MISMATCH', article: 'A2' });
  });
});
