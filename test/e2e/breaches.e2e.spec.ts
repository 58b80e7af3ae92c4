import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { startTestApp } from '../support/test-app.js';
import { ORG, breachBody, center, housing, http, identityNumber, noDepartment, registerOrganisation, registerPerson, store, subjectActor, type TestApp } from './records-fixture.js';

describe('breach information over HTTP (A9, A28, real app, SQLite)', () => {
  let ctx: TestApp;
  const head = () => store(ctx).headPosition();
  beforeAll(async () => {
    ctx = await startTestApp();
    await registerOrganisation(ctx, ORG);
  });
  afterAll(async () => ctx.close());

  it('A9: the deciding department records a breach under its own id, with the disclosure the class gives', async () => {
    const response = await http(ctx).post(`/subjects/${ORG}/breaches`).set(housing).send(breachBody).expect(201);
    expect(response.body.breachId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(response.headers.etag).toBe(`"${response.body.revision}"`);
    expect(response.body.events[0]).toMatchObject({
      type: 'BreachRecorded',
      data: { breachId: response.body.breachId, departmentId: 'ks-housing', breachClass: 'general', disclosureMonths: 12, disclosedThrough: '2026-02-10', commitmentId: null, subjectMinorOnDecision: false },
    });
  });

  it('A9: a minor breach may be left undisclosed (0 months)', async () => {
    const response = await http(ctx).post(`/subjects/${ORG}/breaches`).set(housing).send({ ...breachBody, breachClass: 'minor', disclosureMonths: 0 }).expect(201);
    expect(response.body.events[0].data).toMatchObject({ breachClass: 'minor', disclosedThrough: null });
  });

  it('A28: a breach of a person who was a minor on the decision date is marked so, from the personal-data store', async () => {
    const minor = await registerPerson(ctx, identityNumber('320583', '2010-03-01', '002'), '李小红');
    const response = await http(ctx).post(`/subjects/${minor}/breaches`).set(housing).send({ ...breachBody, decisionDate: '2026-03-01' }).expect(201);
    expect(response.body.events[0].data.subjectMinorOnDecision).toBe(true);
  });

  it('A28: an adult on the decision date is not marked a minor', async () => {
    const adult = await registerPerson(ctx, identityNumber('320583', '1980-07-15', '003'), '赵大伟');
    const response = await http(ctx).post(`/subjects/${adult}/breaches`).set(housing).send(breachBody).expect(201);
    expect(response.body.events[0].data.subjectMinorOnDecision).toBe(false);
  });

  it('A9: an Idempotency-Key retry answers with the first breach id and appends nothing', async () => {
    const first = await http(ctx).post(`/subjects/${ORG}/breaches`).set(housing).set('Idempotency-Key', 'breach-2026-0001').send(breachBody).expect(201);
    const before = await head();
    const retry = await http(ctx).post(`/subjects/${ORG}/breaches`).set(housing).set('Idempotency-Key', 'breach-2026-0001').send(breachBody).expect(201);
    expect(retry.body).toMatchObject({ breachId: first.body.breachId, replayed: true });
    expect(await head()).toBe(before);
  });

  it.each([
    ['A9: a general breach disclosed for less than 3 months', housing, { ...breachBody, disclosureMonths: 2 }, 422, 'DISCLOSURE_PERIOD_OUT_OF_BOUNDS'],
    ['A9: a serious breach disclosed for more than 36 months', housing, { ...breachBody, breachClass: 'serious', disclosureMonths: 37 }, 422, 'DISCLOSURE_PERIOD_OUT_OF_BOUNDS'],
    ['A9: a negative disclosure period', housing, { ...breachBody, disclosureMonths: -1 }, 400, 'VALIDATION_FAILED'],
    ['A9: an unknown class', housing, { ...breachBody, breachClass: 'grave' }, 400, 'VALIDATION_FAILED'],
    ['A9: a decision date in the future', housing, { ...breachBody, decisionDate: '2099-01-01' }, 400, 'VALIDATION_FAILED'],
    ['A9: a decision date that does not exist', housing, { ...breachBody, decisionDate: '2025-02-30' }, 400, 'VALIDATION_FAILED'],
    ['A9: a missing basis document', housing, { ...breachBody, basisDocument: undefined }, 400, 'VALIDATION_FAILED'],
    ['A28: a minor flag in the body', housing, { ...breachBody, subjectMinorOnDecision: false }, 400, 'VALIDATION_FAILED'],
    ['A9: the center acting', center, breachBody, 403, 'FORBIDDEN'],
    ['A9: the subject acting', subjectActor(ORG), breachBody, 403, 'FORBIDDEN'],
    ['A9: a department user without a department', noDepartment, breachBody, 403, 'FORBIDDEN'],
  ])('%s is refused and appends nothing', async (_, actor, body, status, code) => {
    const before = await head();
    const response = await http(ctx).post(`/subjects/${ORG}/breaches`).set(actor).send(body).expect(status);
    expect(response.body.code).toBe(code);
    expect(await head()).toBe(before);
  });

  it('A4: 404 for an unregistered subject, appending nothing', async () => {
    const before = await head();
    expect((await http(ctx).post('/subjects/91110000600037341L/breaches').set(housing).send(breachBody).expect(404)).body.code).toBe('SUBJECT_NOT_REGISTERED');
    expect(await head()).toBe(before);
  });

  it('documents the route in OpenAPI', async () => {
    const doc = await http(ctx).get('/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toContain('/subjects/{id}/breaches');
  });
});
