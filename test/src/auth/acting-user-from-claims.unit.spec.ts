import { describe, it, expect } from '@jest/globals';
import { actingUserFromClaims, InvalidClaims } from '../../../src/auth/acting-user-from-claims.js';

describe('the acting user from verified claims', () => {
  it('a department officer acts under its sub, for the department claim', () => {
    expect(actingUserFromClaims({ sub: 'officer-7', role: 'department', department: 'ks-drc' })).toEqual({ kind: 'department', id: 'officer-7', department: 'ks-drc' });
    expect(actingUserFromClaims({ sub: 'officer-0', role: 'department' })).toEqual({ kind: 'department', id: 'officer-0', department: null });
  });

  it('a subject, an agency and a bank act under their own id claim, and the user who acted (sub) is kept for the audit trail', () => {
    expect(actingUserFromClaims({ sub: 'u1', role: 'subject', subject: '91320583722291823U' })).toEqual({ kind: 'subject', id: '91320583722291823U', department: null, user: 'u1' });
    expect(actingUserFromClaims({ sub: '91320583722291823U', role: 'subject', subject: '91320583722291823U' })).toEqual({ kind: 'subject', id: '91320583722291823U', department: null });
    expect(actingUserFromClaims({ sub: 'u2', role: 'agency', agency: 'AG-1' })).toMatchObject({ kind: 'agency', id: 'AG-1', user: 'u2' });
    expect(actingUserFromClaims({ sub: 'u3', role: 'bank', bank: 'icbc-kunshan' })).toMatchObject({ kind: 'bank', id: 'icbc-kunshan', user: 'u3' });
  });

  it('the center, the credit office and the auditor act under their sub; a department claim does not stick to them', () => {
    expect(actingUserFromClaims({ sub: 'auditor-1', role: 'auditor', department: 'ks-drc' })).toEqual({ kind: 'auditor', id: 'auditor-1', department: null });
  });

  it.each([
    [{ sub: 'x', role: 'system' }, 'role'],
    [{ sub: 'x' }, 'role'],
    [{ role: 'auditor' }, 'sub'],
    [{ sub: 'x', role: 'subject' }, 'subject'],
    [{ sub: 'x', role: 'agency' }, 'agency'],
    [{ sub: 'x', role: 'bank', bank: 7 }, 'bank'],
    [{ sub: 'has space', role: 'center' }, 'sub'],
    [{ sub: 'x', role: 'department', department: 'a/b' }, 'department'],
  ])('refuses %j (claim %s)', (payload, claim) => {
    expect(() => actingUserFromClaims(payload)).toThrow(InvalidClaims);
    expect(() => actingUserFromClaims(payload)).toThrow(`claim ${claim}:`);
  });
});
