import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { ModulesContainer } from '@nestjs/core';
import request from 'supertest';
import { POLICY } from '../../src/auth/policy.js';
import { registeredRoutes } from '../../src/auth/route-key.js';
import { actor, claimsFor, signTestToken } from '../support/actors.js';
import { startTestApp } from '../support/test-app.js';

/**
 * Issue 5: every route of docs/api.md called as every role, with no token, an expired token, a bad
 * signature and a department token acting for another department. Allowed = anything but 401/403
 * (the call reaches validation or the handler); denied = exactly 401 UNAUTHORIZED or 403 FORBIDDEN.
 * The expectations below are written out from docs/api.md (not read from src/auth/policy.ts), so a policy
 * that drifts from the contract fails here.
 */
const ORG = '91320583722291823U';
const OTHER = '91110000600037341L';
const UUID = '0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b';
const OWN_DEPARTMENT = 'ks-drc';
const OTHER_DEPARTMENT = 'ks-finance';

type Caller = 'none' | 'subject' | 'otherSubject' | 'department' | 'center' | 'office' | 'agency' | 'bank' | 'auditor';
const CALLERS: Record<Exclude<Caller, 'none'>, Record<string, string>> = {
  subject: actor('subject', ORG),
  otherSubject: actor('subject', OTHER),
  department: actor('department', 'officer-7', OWN_DEPARTMENT),
  center: actor('center', 'reviewer-1'),
  office: actor('credit-office', 'supervisor-1'),
  agency: actor('agency', UUID),
  bank: actor('bank', 'icbc-kunshan'),
  auditor: actor('auditor', 'auditor-1'),
};
const ALL: readonly Caller[] = ['none', ...Object.keys(CALLERS) as Caller[]];
const EVERYONE = 'everyone';

/** [route as in the policy, concrete path, who may call it (docs/api.md + issue 5)]. `subject` is the subject ORG acting for itself. */
const MATRIX: readonly [string, string, readonly Caller[] | typeof EVERYONE][] = [
  ['POST /subjects', '/subjects', ['department', 'center', 'office']],
  ['POST /subjects/lookup', '/subjects/lookup', ['department', 'center', 'office', 'auditor']],
  ['GET /subjects', '/subjects?q=%E6%98%86%E5%B1%B1', ['center', 'office', 'auditor']],
  ['POST /subjects/{id}/commitments', `/subjects/${ORG}/commitments`, ['subject', 'department']],
  ['POST /subjects/{id}/commitments/{cid}/checks', `/subjects/${ORG}/commitments/${UUID}/checks`, ['department']],
  ['POST /subjects/{id}/breaches', `/subjects/${ORG}/breaches`, ['department']],
  ['POST /subjects/{id}/reviews', `/subjects/${ORG}/reviews`, ['subject', 'department']],
  ['POST /subjects/{id}/reviews/{rid}/report', `/subjects/${ORG}/reviews/${UUID}/report`, ['center']],
  ['POST /subjects/{id}/reviews/{rid}/amendments', `/subjects/${ORG}/reviews/${UUID}/amendments`, ['subject', 'center']],
  ['POST /subjects/{id}/credit-reports', `/subjects/${ORG}/credit-reports`, ['agency']],
  ['POST /subjects/{id}/credit-reports/{rpid}/uses', `/subjects/${ORG}/credit-reports/${UUID}/uses`, ['department', 'bank']],
  ['POST /subjects/{id}/objections', `/subjects/${ORG}/objections`, ['subject']],
  ['POST /objections/{oid}/forward', `/objections/${UUID}/forward`, ['center']],
  ['POST /objections/{oid}/decision', `/objections/${UUID}/decision`, ['center', 'department']],
  ['POST /subjects/{id}/repairs', `/subjects/${ORG}/repairs`, ['subject']],
  ['POST /repairs/{rpid}/decision', `/repairs/${UUID}/decision`, ['department']],
  ['POST /loan-checks', '/loan-checks', ['bank']],
  ['POST /agencies', '/agencies', ['office']],
  ['POST /agencies/recognitions', '/agencies/recognitions', ['office']],
  ['POST /agencies/{aid}/suspension', `/agencies/${UUID}/suspension`, ['office']],
  ['POST /agencies/{aid}/exit', `/agencies/${UUID}/exit`, ['office']],
  ['POST /agencies/{aid}/staff', `/agencies/${UUID}/staff`, ['office']],
  ['POST /agencies/{aid}/breaches', `/agencies/${UUID}/breaches`, ['office']],
  ['POST /departments/{did}/rules', `/departments/${OWN_DEPARTMENT}/rules`, ['department', 'office']],
  ['GET /subjects/{id}/status', `/subjects/${ORG}/status`, ['subject', 'department', 'center', 'office']],
  ['GET /subjects/{id}/breaches', `/subjects/${ORG}/breaches`, ['subject', 'department', 'center', 'office']],
  ['GET /subjects/{id}/reports', `/subjects/${ORG}/reports`, ['subject', 'department', 'center', 'office']],
  ['GET /subjects/{id}/reviews', `/subjects/${ORG}/reviews`, ['subject', 'department', 'center', 'office']],
  ['GET /subjects/{id}/objections', `/subjects/${ORG}/objections`, ['subject', 'department', 'center', 'office']],
  ['GET /subjects/{id}/commitments', `/subjects/${ORG}/commitments`, ['subject', 'department', 'center', 'office']],
  ['GET /subjects/{id}/eligibility', `/subjects/${ORG}/eligibility?area=fiscal-funds-policy-loans&matter=x`, ['department', 'bank']],
  ['GET /reviews/overdue', '/reviews/overdue', ['center', 'office']],
  ['GET /reviews/due-soon', '/reviews/due-soon', ['center', 'office']],
  ['GET /reports/expiring', '/reports/expiring', ['department', 'office']],
  ['GET /objections/overdue', '/objections/overdue', ['center', 'office']],
  ['GET /disputes/{oid}', `/disputes/${UUID}`, ['office', 'auditor']],
  ['GET /departments', '/departments', ['office']],
  ['GET /departments/{did}/usage', `/departments/${OWN_DEPARTMENT}/usage?year=2026`, ['department', 'office']],
  ['GET /subjects/{id}/personal-data', `/subjects/${ORG}/personal-data?purpose=matrix`, ['department', 'center', 'office']],
  ['GET /subjects/{id}/access-log', `/subjects/${ORG}/access-log`, ['subject', 'auditor', 'office']],
  ['POST /subjects/{id}/erasure', `/subjects/${ORG}/erasure`, ['office']],
  ['GET /subjects/{id}/history', `/subjects/${ORG}/history`, ['auditor', 'office']],
  ['GET /subjects/{id}/state', `/subjects/${ORG}/state`, ['auditor', 'office']],
  ['GET /subjects/{id}/verify', `/subjects/${ORG}/verify`, ['auditor', 'office']],
  ['GET /audit/verify', '/audit/verify', ['auditor', 'office']],
  ['GET /disclosures', '/disclosures', EVERYONE],
  ['GET /agencies', '/agencies', EVERYONE],
  ['GET /agencies/{aid}', `/agencies/${UUID}`, EVERYONE],
  ['GET /departments/names', '/departments/names', EVERYONE],
  ['GET /departments/names/{did}', `/departments/names/${OWN_DEPARTMENT}`, EVERYONE],
  ['GET /calendar/deadline', '/calendar/deadline?from=2026-03-02&workingDays=5', EVERYONE],
  ['GET /health', '/health', EVERYONE],
  ['GET /health/ready', '/health/ready', EVERYONE],
  ['GET /docs', '/docs', EVERYONE],
  ['GET /docs-json', '/docs-json', EVERYONE],
  ['GET /calendar/days', '/calendar/days?from=2026-03-02&to=2026-03-09', EVERYONE],
  // The web console (issue 12): its pages and assets hold no data, and its development sign-in is public (loopback only).
  ['GET /ui', '/ui', EVERYONE],
  ['GET /ui/assets/{name}', '/ui/assets/app.js', EVERYONE],
  ['GET /ui/*path', '/ui/disclosures', EVERYONE],
  ['GET /dev-sign-in', '/dev-sign-in', EVERYONE],
  ['POST /dev-sign-in', '/dev-sign-in', EVERYONE],
  // Issue 13: the ledger's heads and proofs (auditor, credit office), signing on demand (credit office), the published keys (anyone).
  ['GET /ledger/heads/latest', '/ledger/heads/latest', ['auditor', 'office']],
  ['GET /ledger/heads', '/ledger/heads', ['auditor', 'office']],
  ['POST /ledger/heads', '/ledger/heads', ['office']],
  ['GET /ledger/proofs/inclusion', '/ledger/proofs/inclusion?leafIndex=0', ['auditor', 'office']],
  ['GET /ledger/proofs/consistency', '/ledger/proofs/consistency?fromSize=0', ['auditor', 'office']],
  ['GET /subjects/{id}/ledger-bundle', `/subjects/${ORG}/ledger-bundle`, ['auditor', 'office']],
  ['GET /.well-known/credit-ledger-keys.json', '/.well-known/credit-ledger-keys.json', EVERYONE],
];

describe('authorization: the role × route matrix of docs/api.md (real app, SQLite)', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    ctx = await startTestApp();
    http = request(ctx.app.getHttpServer());
  });
  afterAll(async () => ctx.close());

  const call = (method: string, path: string, headers: Record<string, string>) =>
    (method === 'POST' ? http.post(path).send({}) : http.get(path)).set(headers).redirects(0);

  it('every route the application registers is in the policy table, and the matrix covers the whole table', () => {
    const registered = registeredRoutes(ctx.app.get(ModulesContainer));
    expect(registered.filter((route) => !(route in POLICY))).toEqual([]);
    expect(MATRIX.map(([route]) => route).sort()).toEqual(Object.keys(POLICY).sort());
  });

  describe.each(MATRIX)('%s', (route, path, allowed) => {
    const method = route.split(' ')[0]!;

    it.each(ALL)('as %s: allowed exactly as docs/api.md says', async (caller) => {
      const response = await call(method, path, caller === 'none' ? {} : CALLERS[caller]);
      const mayCall = allowed === EVERYONE || allowed.includes(caller);
      if (mayCall) {
        expect([401, 403]).not.toContain(response.status);
      } else {
        const expected = caller === 'none' ? { status: 401, code: 'UNAUTHORIZED' } : { status: 403, code: 'FORBIDDEN' };
        expect({ status: response.status, code: response.body.code }).toEqual(expected);
      }
    });

    it('an expired token is 401 UNAUTHORIZED, even on a public route', async () => {
      const expired = signTestToken({ ...claimsFor('credit-office', 'supervisor-1'), iat: 1_767_225_600, exp: 1_767_229_200 }); // 2026-01-01, one hour
      const response = await call(method, path, { Authorization: `Bearer ${expired}` });
      expect({ status: response.status, code: response.body.code, reason: response.body.details?.reason }).toEqual({ status: 401, code: 'UNAUTHORIZED', reason: 'expired' });
    });

    it('a token with a bad signature is 401 UNAUTHORIZED, even on a public route', async () => {
      const forged = signTestToken(claimsFor('credit-office', 'supervisor-1'), 'an-attacker-s-secret-of-at-least-32-bytes');
      const response = await call(method, path, { Authorization: `Bearer ${forged}` });
      expect({ status: response.status, code: response.body.code, reason: response.body.details?.reason }).toEqual({ status: 401, code: 'UNAUTHORIZED', reason: 'bad signature' });
    });

    const forDepartments = allowed !== EVERYONE && allowed.includes('department');
    if (forDepartments) {
      it('a department token without a department, or acting for another department, is 403 FORBIDDEN', async () => {
        const noDepartment = await call(method, path, actor('department', 'officer-0'));
        expect({ status: noDepartment.status, code: noDepartment.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
        if (!route.includes('{did}')) return;
        const other = await call(method, path.replace(`/departments/${OWN_DEPARTMENT}/`, `/departments/${OTHER_DEPARTMENT}/`), CALLERS.department);
        expect({ status: other.status, code: other.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
      });
    }
  });

  it('a malformed Authorization header or a token naming an unknown role is 401', async () => {
    expect((await http.get('/disclosures').set('Authorization', 'Basic dXNlcjpwYXNz').expect(401)).body.code).toBe('UNAUTHORIZED');
    expect((await http.get('/disclosures').set('Authorization', 'Bearer not-a-jwt').expect(401)).body.code).toBe('UNAUTHORIZED');
    const system = signTestToken({ ...claimsFor('auditor', 'x'), role: 'system' });
    expect((await http.get('/disclosures').set('Authorization', `Bearer ${system}`).expect(401)).body.code).toBe('UNAUTHORIZED');
    const subjectWithoutId = signTestToken({ sub: 'someone', role: 'subject', exp: 4_070_908_800 });
    expect((await http.get('/disclosures').set('Authorization', `Bearer ${subjectWithoutId}`).expect(401)).body.code).toBe('UNAUTHORIZED');
  });

  it('an HS256 token is refused when signed with "none" or another algorithm (alg confusion)', async () => {
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claimsFor('credit-office', 'x'))).toString('base64url')}.`;
    expect((await http.get('/departments').set('Authorization', `Bearer ${unsigned}`).expect(401)).body.code).toBe('UNAUTHORIZED');
  });

  it('the dev headers are gone: X-Actor-Kind no longer makes anyone anyone (401 on a protected route)', async () => {
    const response = await http.get('/departments').set({ 'X-Actor-Kind': 'credit-office', 'X-Actor-Id': 'supervisor-1' });
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 401, code: 'UNAUTHORIZED' });
  });

  it('the actor recorded in the log is the verified token\'s, never the body\'s', async () => {
    const body = { kind: 'organisation', uscc: ORG, name: '昆山示例精密机械有限公司', actor: { kind: 'credit-office', id: 'forged' } };
    await http.post('/subjects').set(CALLERS.department).send(body).expect(400); // unknown fields are refused outright
    await http.post('/subjects').set(CALLERS.department).send({ kind: 'organisation', uscc: ORG, name: '昆山示例精密机械有限公司' }).expect(201);
    const history = await http.get(`/subjects/${ORG}/history`).set(CALLERS.auditor).expect(200);
    expect(history.body.items[0].who).toMatchObject({ kind: 'department', id: 'officer-7', department: OWN_DEPARTMENT });
  });
});
