import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { subjectStreamName } from '../../domain/subject/decider.js';
import { claimsFor, signTestToken } from '../support/actors.js';
import { startTestApp } from '../support/test-app.js';
import { commitmentBody, http, ORG, registerOrganisation, store, type TestApp } from './records-fixture.js';

/** A28 audit trail: a subject acting with its own token is recorded with the user (`sub`) who acted. */
describe('who acted, in the event metadata', () => {
  let ctx: TestApp;
  beforeAll(async () => {
    ctx = await startTestApp();
    await registerOrganisation(ctx, ORG);
  });
  afterAll(async () => ctx.close());

  it('A28: a commitment made with the subject\'s own token (sub zhang.wei, subject claim the USCC) names the subject as the party and zhang.wei as the user who acted', async () => {
    const token = signTestToken({ ...claimsFor('subject', ORG), sub: 'zhang.wei' });
    await http(ctx).post(`/subjects/${ORG}/commitments`).set({ Authorization: `Bearer ${token}` }).send({ ...commitmentBody, kind: 'voluntary-public', departmentId: 'ks-transport' }).expect(201);
    const events = await store(ctx).readStream(subjectStreamName(ORG));
    const made = events[events.length - 1]!;
    expect(made.metadata.actor).toEqual({ kind: 'subject', id: ORG, department: null, user: 'zhang.wei' });
    expect(await store(ctx).verify(subjectStreamName(ORG))).toMatchObject({ ok: true });
  });
});
