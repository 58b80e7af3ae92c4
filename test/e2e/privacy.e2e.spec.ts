import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { accessStreamName } from '../../domain/access/decider.js';
import { PERSONAL_DATA_STORE, type PersonalDataStore } from '../../src/personal-data/personal-data.port.js';
import { actor } from '../support/actors.js';
import { ManualClock } from '../support/clocks.js';
import { startTestApp } from '../support/test-app.js';
import { ORG, center, housing, caughtUp, http, transport, identityNumber, registerOrganisation, registerPerson, store, subjectActor, type TestApp } from './records-fixture.js';

const office = actor('credit-office', 'supervisor-1');
const auditor = actor('auditor', 'auditor-1');
const NUMBER = identityNumber('320583', '1975-08-21', '031');
const NAME = '司马相如';
const PURPOSE = '行政许可审查 昆住建许〔2026〕3号';
const BASIS = '昆信用办函〔2026〕5号 关于删除个人信息的决定';

/** A28 on the real app (SQLite, manual clock): unmasked reads are logged, the person can see who read, erasure keeps the log whole. */
describe('personal data: access log and erasure (A28)', () => {
  const clock = ManualClock.at('2026-03-02T09:00:00+08:00');
  let ctx: TestApp;
  let person: string;
  const accessEvents = async () => store(ctx).readStream(accessStreamName(person));
  const read = (headers: Record<string, string>) => http(ctx).get(`/subjects/${person}/personal-data`).set(headers);

  beforeAll(async () => {
    ctx = await startTestApp({}, { clock });
    await registerOrganisation(ctx, ORG);
    person = await registerPerson(ctx, NUMBER, NAME);
    await http(ctx).post(`/subjects/${person}/breaches`).set(housing)
      .send({ breachClass: 'serious', basisDocument: '昆住建罚〔2026〕8号', decisionDate: '2026-02-25', disclosureMonths: 24, summary: '严重失信' }).expect(201);
  });
  afterAll(async () => ctx.close());

  it('A28: a department reading a person\'s data (it registered the person and recorded a breach) with a purpose gets it in clear, and exactly one access event records who and why', async () => {
    const { body } = await read({ ...housing, 'X-Purpose': encodeURIComponent(PURPOSE) }).expect(200);
    expect(body).toMatchObject({ subjectId: person, fullName: NAME, identityNumber: NUMBER, birthDate: '1975-08-21', access: { stream: accessStreamName(person), revision: 0, purpose: PURPOSE } });
    const events = await accessEvents();
    expect(events).toHaveLength(1);
    expect(events[0]!.type).toBe('PersonalDataAccessed');
    expect(events[0]!.data).toEqual({
      subjectId: person, accessedAt: '2026-03-02T09:00:00.000+08:00', actorKind: 'department', actorId: 'officer-3', actorDepartment: 'ks-housing',
      purpose: PURPOSE, fields: ['fullName', 'identityNumber', 'birthDate'],
    });
    expect(events[0]!.metadata.actor).toEqual({ kind: 'department', id: 'officer-3', department: 'ks-housing' });
    expect(JSON.stringify(events[0])).not.toContain(NAME);
    expect(JSON.stringify(events[0])).not.toContain(NUMBER);
  });

  it('A28: a department with no record of the person (no commitment, breach, review, report use, objection or repair) is refused 403 FORBIDDEN, and nothing is logged', async () => {
    const refused = await read({ ...transport, 'X-Purpose': encodeURIComponent(PURPOSE) }).expect(403);
    expect(refused.body).toMatchObject({ code: 'FORBIDDEN', details: { subjectId: person, department: 'ks-transport', article: 'A28' } });
    expect(JSON.stringify(refused.body)).not.toContain(NAME);
    expect(JSON.stringify(refused.body)).not.toContain(NUMBER);
    expect(await accessEvents()).toHaveLength(1);
  });

  it('A28: without a purpose the read is refused (400 PURPOSE_REQUIRED) and nothing is logged; the purpose may come as a query parameter', async () => {
    const refused = await read(center).expect(400);
    expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'purpose', rule: 'PURPOSE_REQUIRED' } });
    expect((await read(center).query({ purpose: 'x' }).expect(400)).body.details.rule).toBe('TEXT_2_200');
    expect(await accessEvents()).toHaveLength(1);
    await read(center).query({ purpose: '异议核查' }).expect(200);
    expect((await accessEvents()).map((e) => e.metadata.actor.kind)).toEqual(['department', 'center']);
  });

  it('A28: an organisation has no personal data here: 404 PERSONAL_DATA_NOT_FOUND, nothing logged', async () => {
    const response = await http(ctx).get(`/subjects/${ORG}/personal-data`).query({ purpose: '核查' }).set(office).expect(404);
    expect(response.body.code).toBe('PERSONAL_DATA_NOT_FOUND');
    expect(await store(ctx).readStream(accessStreamName(ORG))).toEqual([]);
  });

  it('A28: the person itself, an auditor and the credit office list who read the data; another subject may not', async () => {
    const own = (await http(ctx).get(`/subjects/${person}/access-log`).set(subjectActor(person)).expect(200)).body;
    expect(own.items.map((i: { who: object; purpose: string }) => [i.who, i.purpose])).toEqual([
      [{ kind: 'department', id: 'officer-3', department: 'ks-housing' }, PURPOSE],
      [{ kind: 'center', id: 'center-clerk-1', department: null }, '异议核查'],
    ]);
    expect((await http(ctx).get(`/subjects/${person}/access-log`).set(auditor).expect(200)).body).toEqual(own);
    expect((await http(ctx).get(`/subjects/${person}/access-log?limit=1`).set(office).expect(200)).body.nextRevision).toBe(1);
    expect((await http(ctx).get(`/subjects/${person}/access-log`).set(subjectActor(ORG)).expect(403)).body.code).toBe('FORBIDDEN');
    expect((await http(ctx).get(`/subjects/${ORG}/access-log`).set(office).expect(200)).body.items).toEqual([]);
  });

  it('A28: the status names a person masked, never in clear; nothing is logged for it', async () => {
    const status = (await http(ctx).get(`/subjects/${person}/status`).set(office).set(await caughtUp(ctx)).expect(200)).body;
    expect(status).toMatchObject({ kind: 'person', name: '司马**', erased: false });
    expect(JSON.stringify(status)).not.toContain(NAME);
    expect(await accessEvents()).toHaveLength(2);
  });

  it('A28: only the credit office erases, and only with a basis document', async () => {
    await http(ctx).post(`/subjects/${person}/erasure`).set(housing).send({ basisDocument: BASIS }).expect(403);
    expect((await http(ctx).post(`/subjects/${person}/erasure`).set(office).send({}).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await http(ctx).post(`/subjects/${ORG}/erasure`).set(office).send({ basisDocument: BASIS }).expect(404)).body.code).toBe('PERSONAL_DATA_NOT_FOUND');
  });

  it('A28: OpenAPI documents the erasure\'s 404 PERSONAL_DATA_NOT_FOUND as a 404, its 422 only the rule (already erased)', async () => {
    const responses = (await http(ctx).get('/docs-json').expect(200)).body.paths['/subjects/{id}/erasure'].post.responses;
    expect(responses['404'].description).toContain('PERSONAL_DATA_NOT_FOUND: no personal data held');
    expect(responses['422'].description).toContain('PERSONAL_DATA_ERASED');
    expect(responses['422'].description).not.toMatch(/404|NOT_FOUND/);
  });

  it('A28: an erasure logged but not carried out (a crash between the two steps) is completed by asking again, nothing new logged', async () => {
    const other = await registerPerson(ctx, identityNumber('320583', '1990-01-02', '045'), '周小川');
    await store(ctx).append({
      stream: accessStreamName(other), expected: 'no_stream',
      events: [{ type: 'PersonalDataErased', data: { subjectId: other, erasedAt: '2026-03-02T09:00:00.000+08:00', actorKind: 'credit-office', actorId: 'supervisor-1', basisDocument: BASIS } }],
      metadata: { commandId: 'crash-1', correlationId: 'crash-1', causationId: null, actor: { kind: 'credit-office', id: 'supervisor-1', department: null }, commandType: 'ErasePersonalData' },
    });
    const personal = ctx.app.get<PersonalDataStore>(PERSONAL_DATA_STORE);
    expect((await personal.get(other)).state).toBe('present');
    const { body } = await http(ctx).post(`/subjects/${other}/erasure`).set(office).send({ basisDocument: BASIS }).expect(201);
    expect(body).toMatchObject({ replayed: true, revision: 0, events: [{ type: 'PersonalDataErased' }] });
    expect(await personal.get(other)).toMatchObject({ state: 'erased', erasedAt: '2026-03-02T09:00:00.000+08:00' });
    expect(await store(ctx).readStream(accessStreamName(other))).toHaveLength(1);
  });

  describe('after the credit office erased the person', () => {
    let erasure: { body: { revision: number }; etag: string | undefined };
    beforeAll(async () => {
      clock.set('2026-03-09T10:00:00+08:00');
      const { body, headers } = await http(ctx).post(`/subjects/${person}/erasure`).set(office).send({ basisDocument: BASIS }).expect(201);
      expect(body.events.map((e: { type: string }) => e.type)).toEqual(['PersonalDataErased']);
      erasure = { body, etag: headers.etag };
    });

    it('A28: the erasure answers like every command: ETag "<revision>" of the access stream and the command answer', () => {
      expect(erasure.etag).toBe(`"${erasure.body.revision}"`);
      expect(erasure.body).toEqual({ stream: accessStreamName(person), revision: expect.any(Number), position: expect.any(Number), replayed: false, events: [expect.objectContaining({ type: 'PersonalDataErased' })] });
    });

    it('A28: the personal-data store holds nothing of the person but the fact and basis of the erasure', async () => {
      const found = await ctx.app.get<PersonalDataStore>(PERSONAL_DATA_STORE).get(person);
      expect(found).toEqual({ state: 'erased', subjectId: person, erasedAt: '2026-03-09T10:00:00.000+08:00', basis: BASIS });
    });

    it('A28: a read answers 410 PERSONAL_DATA_ERASED and logs nothing; a second erasure is refused', async () => {
      const response = await read({ ...office, 'X-Purpose': 'audit' }).expect(410);
      expect(response.body).toMatchObject({ code: 'PERSONAL_DATA_ERASED', details: { subjectId: person, erasedAt: '2026-03-09T10:00:00.000+08:00' } });
      expect((await http(ctx).post(`/subjects/${person}/erasure`).set(office).send({ basisDocument: BASIS }).expect(422)).body.code).toBe('PERSONAL_DATA_ERASED');
      expect(await accessEvents()).toHaveLength(3);
    });

    it('A28: the access log shows the erasure: basis, who, when, and no personal data', async () => {
      const { items } = (await http(ctx).get(`/subjects/${person}/access-log`).set(subjectActor(person)).expect(200)).body;
      expect(items.at(-1)).toMatchObject({ type: 'PersonalDataErased', at: '2026-03-09T10:00:00.000+08:00', who: { kind: 'credit-office', id: 'supervisor-1', department: null }, basisDocument: BASIS, purpose: null });
    });

    it('A28: the log stays whole: the subject and access streams and the whole log verify; history and state still answer', async () => {
      expect((await http(ctx).get(`/subjects/${person}/verify`).set(auditor).expect(200)).body.ok).toBe(true);
      expect((await http(ctx).get('/audit/verify').set(auditor).expect(200)).body.ok).toBe(true);
      expect(await store(ctx).verify(accessStreamName(person))).toMatchObject({ ok: true, checkedEvents: 3 });
      const history = (await http(ctx).get(`/subjects/${person}/history`).set(auditor).expect(200)).body;
      expect(history.items.map((i: { type: string }) => i.type)).toEqual(['SubjectRegistered', 'BreachRecorded']);
      const state = (await http(ctx).get(`/subjects/${person}/state`).set(auditor).expect(200)).body;
      expect(state).toMatchObject({ subjectId: person, revision: 1, state: { registration: { kind: 'person', subjectId: person } } });
      expect(JSON.stringify([history, state])).not.toContain(NUMBER);
    });

    it('A9, A28: the public disclosure and the status show the person as erased (已删除)', async () => {
      const page = (await http(ctx).get('/disclosures').set(await caughtUp(ctx)).expect(200)).body;
      const entry = page.items.find((d: { subject: { kind: string } }) => d.subject.kind === 'person');
      expect(entry.subject).toEqual({ kind: 'person', name: '已删除', erased: true });
      const status = (await http(ctx).get(`/subjects/${person}/status`).set(center).expect(200)).body;
      expect(status).toMatchObject({ name: '已删除', erased: true, activeDisclosures: [expect.objectContaining({ breachClass: 'serious' })] });
      expect(JSON.stringify([page, status])).not.toMatch(/司马|相如/);
    });
  });
});
