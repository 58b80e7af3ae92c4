import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { departmentDecider, departmentStreamName } from '../../domain/department/decider.js';
import { executeDeciderCommand } from '../../src/commands/execute-decider-command.js';
import { actor } from '../support/actors.js';
import { startTestApp } from '../support/test-app.js';
import { breachBody, commitmentBody, http, ORG, registerOrganisation, store, type TestApp } from './records-fixture.js';

const nowhere = actor('department', 'officer-7', 'ks-nonexistent');
const OTHER = '91320583796541485R';

/** A13: a department officer acts only for a department in the registry (pilots, joiners, successors). */
describe('a token naming a department that is not registered', () => {
  let ctx: TestApp;
  beforeAll(async () => {
    ctx = await startTestApp();
    await registerOrganisation(ctx, ORG);
  });
  afterAll(async () => ctx.close());

  const refusedWithoutAppend = async (send: () => Promise<{ status: number; body: { code: string; details: Record<string, unknown> } }>) => {
    const head = await store(ctx).headPosition();
    const answer = await send();
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ code: 'DEPARTMENT_NOT_REGISTERED', details: { claim: 'department', department: 'ks-nonexistent', article: 'A13' } });
    expect(await store(ctx).headPosition()).toBe(head);
  };

  it('A13: registering a subject, recording a breach and a commitment are refused 403 DEPARTMENT_NOT_REGISTERED naming the department claim, and nothing is appended', async () => {
    await refusedWithoutAppend(() => http(ctx).post('/subjects').set(nowhere).send({ kind: 'organisation', uscc: OTHER, name: '昆山某公司' }));
    await refusedWithoutAppend(() => http(ctx).post(`/subjects/${ORG}/breaches`).set(nowhere).send(breachBody));
    await refusedWithoutAppend(() => http(ctx).post(`/subjects/${ORG}/commitments`).set(nowhere).send(commitmentBody));
  });

  it('A13: department-only reads (eligibility, the department\'s own usage) are refused the same way', async () => {
    await refusedWithoutAppend(() => http(ctx).get(`/subjects/${ORG}/eligibility`).set(nowhere));
    await refusedWithoutAppend(() => http(ctx).get('/departments/ks-nonexistent/usage').set(nowhere));
  });

  it('A13: once the department is registered (a joiner), the same token acts at once (the check reads the log, not a view)', async () => {
    // Appended straight to the department stream: registering departments has no route (seeds and operators do it).
    await executeDeciderCommand({
      store: store(ctx), decider: departmentDecider, stream: departmentStreamName('ks-nonexistent'),
      command: { type: 'RegisterDepartment', now: '2026-01-05T09:00:00+08:00', departmentId: 'ks-nonexistent', nameZh: '市新设局', nameEn: 'New Bureau', kind: 'department', pilot: false, participatesFrom: null, basisDocument: '昆编〔2026〕2号' },
      metadata: { commandId: 'register-ks-nonexistent', correlationId: 'register-ks-nonexistent', causationId: null, actor: { kind: 'operator', id: 'op-1', department: null }, commandType: 'RegisterDepartment' },
    });
    expect(await store(ctx).readStream(departmentStreamName('ks-nonexistent'))).toHaveLength(1);
    await http(ctx).post(`/subjects/${ORG}/breaches`).set(nowhere).send(breachBody).expect(201);
  });
});
