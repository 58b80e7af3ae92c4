import { describe, expect, it } from '@jest/globals';
import type { JoinReviewScheme } from '../../../domain/department/commands.js';
import { departmentDecider } from '../../../domain/department/decider.js';
import { DepartmentAlreadyParticipatingError, DepartmentNotRegisteredError, DepartmentSucceededError } from '../../../domain/department/errors.js';
import { deciderSpec } from '../../support/decider-spec.js';
import { DEPT, DOC, NOW, inputRefusal, joined, merged, registered, registeredNonPilot } from './fixtures.js';

const spec = deciderSpec(departmentDecider);

function join(on: string): JoinReviewScheme {
  return { type: 'JoinReviewScheme', departmentId: DEPT, now: NOW, on, basisDocument: DOC };
}

describe('JoinReviewScheme', () => {
  it('A13: "others may join": a non-pilot department joins credit reviews from a date', () => {
    spec.given([registeredNonPilot]).when(join('2019-07-01')).then([joined('2019-07-01')]);
  });

  it('A13: a pilot already takes part and cannot join again', () => {
    spec.given([registered]).when(join('2019-07-01')).thenThrows(DepartmentAlreadyParticipatingError);
  });

  it('A13: a department that has joined cannot join again', () => {
    spec.given([registeredNonPilot, joined('2019-07-01')]).when(join('2020-01-01')).thenThrows('DEPARTMENT_ALREADY_PARTICIPATING');
  });

  it('A24: a department merged away by the joining date cannot join; its successor does', () => {
    spec.given([registeredNonPilot, merged('ks-ecology', '2019-03-01')]).when(join('2019-07-01')).thenThrows(DepartmentSucceededError);
  });

  it('A2: an unregistered department cannot join', () => {
    spec.given([]).when(join('2019-07-01')).thenThrows(DepartmentNotRegisteredError);
  });

  it('A31: joining before the measure took effect is refused', () => {
    expect(inputRefusal([registeredNonPilot], join('2016-12-31'))).toEqual({ field: 'on', rule: 'BEFORE_MEASURE', article: 'A31' });
  });

  it('A13: a joining date that does not exist, or no basis document, is refused', () => {
    expect(inputRefusal([registeredNonPilot], join('2019-02-29'))).toEqual({ field: 'on', rule: 'CALENDAR_DATE', article: 'A13' });
    expect(inputRefusal([registeredNonPilot], { ...join('2019-07-01'), basisDocument: '' })).toEqual({ field: 'basisDocument', rule: 'REQUIRED', article: 'A13' });
  });
});
