import { describe, it, expect } from '@jest/globals';
import type { HttpException } from '@nestjs/common';
import type { ActingUser } from '../../../src/http/acting-user.js';
import {
  requireCenter, requireCreditOffice, requireDepartment, requireDepartmentItselfOrCreditOffice, requireSubjectItself,
} from '../../../src/use-case-support/actor-guards.js';

const ORG = '91320583MA1XXXXXX0';
const as = (kind: ActingUser['kind'], id: string, department: string | null = null): ActingUser => ({ kind, id, department });

/** The 403 a guard throws, or null when it lets the actor through. */
function refusal(guard: () => unknown): { status: number; code: string; message: string } | null {
  try {
    guard();
    return null;
  } catch (error) {
    const body = (error as HttpException).getResponse() as { code: string; message: string };
    return { status: (error as HttpException).getStatus(), code: body.code, message: body.message };
  }
}

describe('actor guards (one module for every feature)', () => {
  it('requireSubjectItself: the subject itself passes; another subject or a department is 403 with one message', () => {
    expect(refusal(() => requireSubjectItself(as('subject', ORG), ORG, 'file an objection'))).toBeNull();
    const other = refusal(() => requireSubjectItself(as('subject', '91320583MA1YYYYYY0'), ORG, 'file an objection'));
    const department = refusal(() => requireSubjectItself(as('department', 'u1', 'ks-drc'), ORG, 'file an objection'));
    expect(other).toEqual({ status: 403, code: 'FORBIDDEN', message: `file an objection: only the subject ${ORG} itself may do this` });
    expect(department?.message).toBe(other?.message);
  });

  it('A25: requireDepartment answers the department from the token, and refuses other kinds and a department user without one', () => {
    expect(requireDepartment(as('department', 'u1', 'ks-drc'), 'record a breach')).toBe('ks-drc');
    expect(refusal(() => requireDepartment(as('bank', 'b1'), 'record a breach'))?.message).toBe('record a breach: only a department may do this');
    expect(refusal(() => requireDepartment(as('department', 'u1', null), 'record a breach'))?.message).toBe('record a breach: the acting department user names no department');
  });

  it('requireCenter and A22 requireCreditOffice let only their own kind through', () => {
    expect(refusal(() => requireCenter(as('center', 'c1'), 'forward an objection'))).toBeNull();
    expect(refusal(() => requireCenter(as('credit-office', 'o1'), 'forward an objection'))?.status).toBe(403);
    expect(refusal(() => requireCreditOffice(as('credit-office', 'o1'), 'file an agency'))).toBeNull();
    expect(refusal(() => requireCreditOffice(as('center', 'c1'), 'file an agency'))?.message).toBe('file an agency: only the credit office may do this (A22); acting as center');
  });

  it('A24: a department sets its own rules, the credit office any department\'s', () => {
    expect(refusal(() => requireDepartmentItselfOrCreditOffice(as('department', 'u1', 'ks-drc'), 'ks-drc', 'set a rule'))).toBeNull();
    expect(refusal(() => requireDepartmentItselfOrCreditOffice(as('credit-office', 'o1'), 'ks-drc', 'set a rule'))).toBeNull();
    expect(refusal(() => requireDepartmentItselfOrCreditOffice(as('department', 'u2', 'ks-tax'), 'ks-drc', 'set a rule'))?.status).toBe(403);
  });
});
