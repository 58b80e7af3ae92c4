import { describe, expect, it } from '@jest/globals';
import type { MergeDepartment, SplitDepartment } from '../../../domain/department/commands.js';
import { departmentDecider } from '../../../domain/department/decider.js';
import { DepartmentNotRegisteredError, DepartmentSucceededError } from '../../../domain/department/errors.js';
import { deciderSpec } from '../../support/decider-spec.js';
import { DEPT, DOC, NOW, inputRefusal, merged, registered, split } from './fixtures.js';

const spec = deciderSpec(departmentDecider);

function merge(intoDepartmentId: string, effectiveOn: string): MergeDepartment {
  return { type: 'MergeDepartment', departmentId: DEPT, now: NOW, intoDepartmentId, effectiveOn, basisDocument: DOC };
}

function splitInto(successorIds: string[], rulesFollow: string, effectiveOn: string): SplitDepartment {
  return { type: 'SplitDepartment', departmentId: DEPT, now: NOW, successorIds, effectiveOn, basisDocument: DOC, rulesFollow };
}

describe('MergeDepartment', () => {
  it('A24/A25 (2018 reform): the local tax bureau merges into the tax bureau from a date', () => {
    spec.given([registered]).when(merge('ks-tax', '2018-07-05')).then([merged('ks-tax', '2018-07-05')]);
  });

  it('A24: a department already merged or split cannot be merged again', () => {
    spec.given([registered, merged('ks-tax', '2018-07-05')]).when(merge('ks-other', '2019-01-01')).thenThrows(DepartmentSucceededError);
    spec.given([registered, split(['ks-a', 'ks-b'], 'ks-a', '2019-01-01')]).when(merge('ks-other', '2020-01-01')).thenThrows('DEPARTMENT_SUCCEEDED');
  });

  it('A24: a department cannot be merged into itself; the target is required', () => {
    expect(inputRefusal([registered], merge(DEPT, '2018-07-05'))).toEqual({ field: 'intoDepartmentId', rule: 'SUCCESSOR_IS_SELF', article: 'A24' });
    expect(inputRefusal([registered], merge('', '2018-07-05'))).toEqual({ field: 'intoDepartmentId', rule: 'REQUIRED', article: 'A24' });
    expect(inputRefusal([registered], merge('ks-tax', '2018-06-31'))).toEqual({ field: 'effectiveOn', rule: 'CALENDAR_DATE', article: 'A24' });
  });

  it('A2: an unregistered department cannot be merged', () => {
    spec.given([]).when(merge('ks-tax', '2018-07-05')).thenThrows(DepartmentNotRegisteredError);
  });
});

describe('SplitDepartment', () => {
  it("A24/A25 (2019 reform): the price bureau's functions split between DRC and market supervision; rules follow market supervision", () => {
    spec.given([registered]).when(splitInto(['ks-drc', 'ks-market'], 'ks-market', '2019-03-01')).then([split(['ks-drc', 'ks-market'], 'ks-market', '2019-03-01')]);
  });

  it('A24: the successor taking over the rules must be one of the successors', () => {
    expect(inputRefusal([registered], splitInto(['ks-drc', 'ks-market'], 'ks-finance', '2019-03-01'))).toEqual({ field: 'rulesFollow', rule: 'RULES_FOLLOW_SUCCESSOR', article: 'A24' });
  });

  it('A24: a split names at least two distinct successors, not itself', () => {
    expect(inputRefusal([registered], splitInto(['ks-drc'], 'ks-drc', '2019-03-01'))).toEqual({ field: 'successorIds', rule: 'SPLIT_SUCCESSORS', article: 'A24' });
    expect(inputRefusal([registered], splitInto(['ks-drc', 'ks-drc'], 'ks-drc', '2019-03-01'))).toEqual({ field: 'successorIds', rule: 'SPLIT_SUCCESSORS', article: 'A24' });
    expect(inputRefusal([registered], splitInto([DEPT, 'ks-drc'], 'ks-drc', '2019-03-01'))).toEqual({ field: 'successorIds', rule: 'SUCCESSOR_IS_SELF', article: 'A24' });
    expect(inputRefusal([registered], { ...splitInto(['ks-a', 'ks-b'], 'ks-a', '2019-03-01'), successorIds: 'ks-a' as unknown as string[] })).toEqual({
      field: 'successorIds',
      rule: 'REQUIRED',
      article: 'A24',
    });
  });

  it('A24: a department already succeeded cannot be split', () => {
    spec.given([registered, merged('ks-tax', '2018-07-05')]).when(splitInto(['ks-a', 'ks-b'], 'ks-a', '2019-03-01')).thenThrows(DepartmentSucceededError);
  });

  it('A2: an unregistered department cannot be split', () => {
    spec.given([]).when(splitInto(['ks-a', 'ks-b'], 'ks-a', '2019-03-01')).thenThrows('DEPARTMENT_NOT_REGISTERED');
  });
});
