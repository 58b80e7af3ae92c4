import { describe, it, expect } from '@jest/globals';
import type { HttpException } from '@nestjs/common';
import type { ActingUser } from '../../../src/http/acting-user.js';
import { isSubjectItself, requireDepartment } from '../../../src/use-case-support/actor-guards.js';

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

// Who may call a route at all is the policy table's (src/auth/policy.ts, tested route by route in
// test/e2e/authorization-matrix.e2e.spec.ts); these guards check only what the route's data adds.
describe('actor guards (one module for every feature)', () => {
  it('isSubjectItself: only a subject acting with its own id is the subject itself', () => {
    expect(isSubjectItself(as('subject', ORG), ORG)).toBe(true);
    expect(isSubjectItself(as('subject', '91320583MA1YYYYYY0'), ORG)).toBe(false);
    expect(isSubjectItself(as('department', ORG, 'ks-drc'), ORG)).toBe(false);
  });

  it('A25: requireDepartment answers the department from the token, and refuses other kinds and a department user without one', () => {
    expect(requireDepartment(as('department', 'u1', 'ks-drc'), 'record a breach')).toBe('ks-drc');
    expect(refusal(() => requireDepartment(as('bank', 'b1'), 'record a breach'))?.message).toBe('record a breach: only a department may do this');
    expect(refusal(() => requireDepartment(as('department', 'u1', null), 'record a breach'))?.message).toBe('record a breach: the acting department user names no department');
  });
});
