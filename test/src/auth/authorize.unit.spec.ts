import { describe, it, expect } from '@jest/globals';
import { authorize } from '../../../src/auth/authorize.js';
import { POLICY } from '../../../src/auth/policy.js';
import { ANONYMOUS, type ActingUser } from '../../../src/http/acting-user.js';

const officer = (department: string | null): ActingUser => ({ kind: 'department', id: 'officer-7', department });
const subject = (id: string): ActingUser => ({ kind: 'subject', id, department: null });
const office: ActingUser = { kind: 'credit-office', id: 'supervisor-1', department: null };
const auditor: ActingUser = { kind: 'auditor', id: 'auditor-1', department: null };

describe('authorize: the policy table applied to the verified acting user (deny by default)', () => {
  it('a route missing from the table is refused 403, whoever asks', () => {
    expect(authorize(undefined, office, {})).toMatchObject({ allowed: false, status: 403, code: 'FORBIDDEN' });
  });

  it('a public route needs no token', () => {
    expect(authorize(POLICY['GET /disclosures'], ANONYMOUS, {})).toEqual({ allowed: true });
  });

  it('a protected route without a token is 401, with a role the route does not list 403', () => {
    expect(authorize(POLICY['GET /subjects/{id}/history'], ANONYMOUS, { id: 'X' })).toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
    expect(authorize(POLICY['GET /subjects/{id}/history'], officer('ks-drc'), { id: 'X' })).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(authorize(POLICY['GET /subjects/{id}/history'], auditor, { id: 'X' })).toEqual({ allowed: true });
  });

  it('A24: a department acts for its own department in the path, and needs a department at all', () => {
    const rules = POLICY['POST /departments/{did}/rules'];
    expect(authorize(rules, officer('ks-drc'), { did: 'ks-drc' })).toEqual({ allowed: true });
    expect(authorize(rules, officer('ks-drc'), { did: 'ks-finance' })).toMatchObject({ status: 403 });
    expect(authorize(rules, officer(null), { did: 'ks-drc' })).toMatchObject({ status: 403 });
    expect(authorize(rules, office, { did: 'ks-finance' })).toEqual({ allowed: true });
    expect(authorize(POLICY['POST /subjects/{id}/breaches'], officer(null), { id: 'X' })).toMatchObject({ status: 403 });
  });

  it('A28: a subject acts only on its own records', () => {
    const objections = POLICY['POST /subjects/{id}/objections'];
    expect(authorize(objections, subject('ORG-1'), { id: 'ORG-1' })).toEqual({ allowed: true });
    expect(authorize(objections, subject('ORG-2'), { id: 'ORG-1' })).toMatchObject({ status: 403 });
  });

  it('the auditor only reads: no command route lists it (the lookup is a POST only to keep the identity number out of the URL, A28)', () => {
    // (POST /dev-sign-in is public: the console's development sign-in, src/console/dev-sign-in.ts.)
    const commands = Object.entries(POLICY).filter(([route, policy]) => route.startsWith('POST ') && route !== 'POST /subjects/lookup' && policy !== 'public');
    for (const [, policy] of commands) expect(authorize(policy, auditor, { id: 'X', did: 'ks-drc' })).toMatchObject({ allowed: false });
    expect(authorize(POLICY['POST /subjects/lookup'], auditor, {})).toMatchObject({ allowed: true });
  });

  it('log-only actor kinds (system, operator) are never let in by a token-less route check', () => {
    expect(authorize(POLICY['GET /departments'], { kind: 'system', id: 'worker', department: null }, {})).toMatchObject({ status: 403 });
  });
});
