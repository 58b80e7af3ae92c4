import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { startTestApp } from '../support/test-app.js';
import {
  ORG, PLEDGES, bank, breachBody, commitmentBody, housing, http, identityNumber, mergeDepartment, noDepartment, planning, registerOrganisation, registerPerson,
  store, subjectActor, TODAY, transport, type TestApp,
} from './records-fixture.js';

describe('commitments and their follow-up checks over HTTP (A6–A9, real app, SQLite)', () => {
  let ctx: TestApp;
  const head = () => store(ctx).headPosition();
  const makeCommitment = async (subjectId: string, actor: Record<string, string>, body: object = commitmentBody) =>
    (await http(ctx).post(`/subjects/${subjectId}/commitments`).set(actor).send(body).expect(201)).body.commitmentId as string;
  beforeAll(async () => {
    ctx = await startTestApp();
    await registerOrganisation(ctx, ORG);
  });
  afterAll(async () => ctx.close());

  it('A6–A7: a department takes a commitment under its own id; the server generates the commitment id', async () => {
    const response = await http(ctx).post(`/subjects/${ORG}/commitments`).set(housing).send({ ...commitmentBody, followUpCheckOn: '2099-06-30' }).expect(201);
    expect(response.body.commitmentId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(response.headers.etag).toBe(`"${response.body.revision}"`);
    expect(response.body.events).toEqual([
      expect.objectContaining({ type: 'CommitmentMade', data: expect.objectContaining({ commitmentId: response.body.commitmentId, departmentId: 'ks-housing', kind: 'approval-replacing', followUpCheckOn: '2099-06-30' }) }),
    ]);
  });

  it('A6: the subject itself commits to the department it names', async () => {
    const response = await http(ctx).post(`/subjects/${ORG}/commitments`).set(subjectActor(ORG)).send({ ...commitmentBody, kind: 'voluntary-public', departmentId: 'ks-transport' }).expect(201);
    expect(response.body.events[0].data).toMatchObject({ departmentId: 'ks-transport', kind: 'voluntary-public' });
  });

  it('A6: an Idempotency-Key retry answers with the first commitment id and appends nothing', async () => {
    const first = await http(ctx).post(`/subjects/${ORG}/commitments`).set(housing).set('Idempotency-Key', 'commit-2026-0001').send(commitmentBody).expect(201);
    const before = await head();
    const retry = await http(ctx).post(`/subjects/${ORG}/commitments`).set(housing).set('Idempotency-Key', 'commit-2026-0001').send(commitmentBody).expect(201);
    expect(retry.body).toMatchObject({ commitmentId: first.body.commitmentId, replayed: true });
    expect(await head()).toBe(before);
  });

  it.each([
    ['A6: a pledge not given', housing, { ...commitmentBody, pledges: { ...PLEDGES, acceptsLiability: false } }, 422, 'COMMITMENT_PLEDGES_INCOMPLETE'],
    ['A6: a subject that names no department', subjectActor(ORG), commitmentBody, 400, 'VALIDATION_FAILED'],
    ['A6: a repair commitment outside a repair application', housing, { ...commitmentBody, kind: 'repair' }, 400, 'VALIDATION_FAILED'],
    ['A6: an unknown field', housing, { ...commitmentBody, commitmentId: 'mine' }, 400, 'VALIDATION_FAILED'],
    ['A8: a follow-up check date that does not exist', housing, { ...commitmentBody, followUpCheckOn: '2099-02-30' }, 400, 'VALIDATION_FAILED'],
    ['A6: another subject acting', subjectActor('91320583796541485R'), { ...commitmentBody, departmentId: 'ks-housing' }, 403, 'FORBIDDEN'],
    ['A6: a bank acting', bank, commitmentBody, 403, 'FORBIDDEN'],
    ['A6: a department user without a department', noDepartment, commitmentBody, 403, 'FORBIDDEN'],
    ['A6: a department recording a commitment made to another', housing, { ...commitmentBody, departmentId: 'ks-transport' }, 403, 'FORBIDDEN'],
  ])('%s is refused and appends nothing', async (_, actor, body, status, code) => {
    const before = await head();
    const response = await http(ctx).post(`/subjects/${ORG}/commitments`).set(actor).send(body).expect(status);
    expect(response.body.code).toBe(code);
    expect(await head()).toBe(before);
  });

  it('A6, A25: a department naming another department is 403 FORBIDDEN naming the body field (answered as for a review request, A10)', async () => {
    const refused = await http(ctx).post(`/subjects/${ORG}/commitments`).set(housing).send({ ...commitmentBody, departmentId: 'ks-transport' }).expect(403);
    expect(refused.body.message).toBe('MakeCommitment: department ks-housing acts for itself only, not for ks-transport (departmentId, A6)');
    expect(refused.body.details).toEqual({ department: 'ks-housing', field: 'departmentId', departmentId: 'ks-transport', article: 'A6' });
  });

  it('A4: 404 for an unregistered subject, 400 for a malformed subject id, appending nothing', async () => {
    const before = await head();
    expect((await http(ctx).post('/subjects/91110000600037341L/commitments').set(housing).send(commitmentBody).expect(404)).body.code).toBe('SUBJECT_NOT_REGISTERED');
    await http(ctx).post('/subjects/not-a-subject/commitments').set(housing).send(commitmentBody).expect(400);
    expect(await head()).toBe(before);
  });

  it('A8: the holding department records a kept check', async () => {
    const cid = await makeCommitment(ORG, housing);
    const response = await http(ctx).post(`/subjects/${ORG}/commitments/${cid}/checks`).set(housing).send({ outcome: 'kept', checkedOn: TODAY }).expect(201);
    expect(response.body).toMatchObject({ breachId: null, events: [{ type: 'CommitmentCheckRecorded', data: { commitmentId: cid, outcome: 'kept', departmentId: 'ks-housing', breachId: null } }] });
  });

  it('A8–A9: a breached check records the breach in the same decision, with a server breach id', async () => {
    const cid = await makeCommitment(ORG, housing);
    const response = await http(ctx).post(`/subjects/${ORG}/commitments/${cid}/checks`).set(housing).send({ outcome: 'breached', checkedOn: TODAY, breach: breachBody }).expect(201);
    expect(response.body.breachId).toMatch(/^[0-9a-f-]{36}$/);
    const types = response.body.events.map((e: { type: string }) => e.type);
    expect(types.slice(0, 2)).toEqual(['CommitmentCheckRecorded', 'BreachRecorded']);
    expect(response.body.events[1].data).toMatchObject({ breachId: response.body.breachId, commitmentId: cid, departmentId: 'ks-housing', subjectMinorOnDecision: false });
  });

  it('A8, A28: a breach found on a check of a person who was a minor on the decision date is marked so', async () => {
    const minor = await registerPerson(ctx, identityNumber('320583', '2012-05-05', '001'), '王小明');
    const cid = await makeCommitment(minor, housing);
    const response = await http(ctx).post(`/subjects/${minor}/commitments/${cid}/checks`).set(housing).send({ outcome: 'breached', checkedOn: TODAY, breach: breachBody }).expect(201);
    expect(response.body.events[1].data.subjectMinorOnDecision).toBe(true);
  });

  it('A8, docs/domain.md: after a merger the successor department checks the commitment', async () => {
    const cid = await makeCommitment(ORG, planning);
    await mergeDepartment(ctx, 'ks-planning', 'ks-housing', '2026-01-01');
    const response = await http(ctx).post(`/subjects/${ORG}/commitments/${cid}/checks`).set(housing).send({ outcome: 'kept', checkedOn: TODAY }).expect(201);
    expect(response.body.events[0].data).toMatchObject({ commitmentId: cid, departmentId: 'ks-housing' });
  });

  it('A8–A9: refusals of a check append nothing', async () => {
    const cid = await makeCommitment(ORG, housing);
    const checked = await makeCommitment(ORG, housing);
    await http(ctx).post(`/subjects/${ORG}/commitments/${checked}/checks`).set(housing).send({ outcome: 'kept', checkedOn: TODAY }).expect(201);
    const before = await head();
    const cases: [Record<string, string>, string, object, number, string][] = [
      [transport, cid, { outcome: 'kept', checkedOn: TODAY }, 422, 'COMMITMENT_WRONG_DEPARTMENT'],
      [housing, checked, { outcome: 'kept', checkedOn: TODAY }, 422, 'COMMITMENT_ALREADY_CHECKED'],
      [housing, cid, { outcome: 'breached', checkedOn: TODAY }, 400, 'VALIDATION_FAILED'],
      [housing, cid, { outcome: 'kept', checkedOn: TODAY, breach: breachBody }, 400, 'VALIDATION_FAILED'],
      [housing, cid, { outcome: 'breached', checkedOn: TODAY, breach: { ...breachBody, disclosureMonths: 1 } }, 422, 'DISCLOSURE_PERIOD_OUT_OF_BOUNDS'],
      [housing, cid, { outcome: 'breached', checkedOn: TODAY, breach: { ...breachBody, breachClass: 'grave' } }, 400, 'VALIDATION_FAILED'],
      [housing, cid, { outcome: 'kept', checkedOn: '2099-01-01' }, 400, 'VALIDATION_FAILED'],
      [housing, '0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b', { outcome: 'kept', checkedOn: TODAY }, 404, 'COMMITMENT_NOT_FOUND'],
      [housing, 'not-a-uuid', { outcome: 'kept', checkedOn: TODAY }, 400, 'VALIDATION_FAILED'],
      [subjectActor(ORG), cid, { outcome: 'kept', checkedOn: TODAY }, 403, 'FORBIDDEN'],
      [noDepartment, cid, { outcome: 'kept', checkedOn: TODAY }, 403, 'FORBIDDEN'],
    ];
    for (const [actor, commitmentId, body, status, code] of cases) {
      const response = await http(ctx).post(`/subjects/${ORG}/commitments/${commitmentId}/checks`).set(actor).send(body);
      expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    }
    expect(await head()).toBe(before);
  });

  it('documents both routes in OpenAPI', async () => {
    const doc = await http(ctx).get('/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/subjects/{id}/commitments', '/subjects/{id}/commitments/{cid}/checks']));
  });
});
