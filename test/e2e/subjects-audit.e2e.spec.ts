import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import request from 'supertest';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { startTestApp } from '../support/test-app.js';
import { actor } from '../support/actors.js';

const department = actor('department', 'officer-7', 'ks-drc');
const auditor = actor('auditor', 'auditor-1');
const ORG = '91320583722291823U';

describe('registering subjects, the auditor\'s history/state/verify, and the calendar (real app, SQLite)', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let http: ReturnType<typeof request>;
  const head = () => ctx.app.get<EventStore>(EVENT_STORE).headPosition();
  beforeAll(async () => {
    ctx = await startTestApp();
    http = request(ctx.app.getHttpServer());
  });
  afterAll(async () => ctx.close());

  it('A4: registers an organisation by USCC, recording the acting department from the request context', async () => {
    const response = await http.post('/subjects').set(department).send({ kind: 'organisation', uscc: ORG, name: '昆山示例精密机械有限公司' }).expect(201);
    expect(response.body).toMatchObject({ subjectId: ORG, stream: `subject-${ORG}`, revision: 0, replayed: false, events: [{ type: 'SubjectRegistered' }] });
    expect(response.headers.etag).toBe('"0"');
    const [event] = await ctx.app.get<EventStore>(EVENT_STORE).readStream(`subject-${ORG}`);
    expect(event!.metadata.actor).toEqual({ kind: 'department', id: 'officer-7', department: 'ks-drc' });
  });

  it('A4: refuses registering the same organisation twice (422) and appends nothing', async () => {
    const before = await head();
    const response = await http.post('/subjects').set(department).send({ kind: 'organisation', uscc: ORG, name: 'x' }).expect(422);
    expect(response.body.code).toBe('SUBJECT_ALREADY_REGISTERED');
    expect(await head()).toBe(before);
  });

  it('A28: registers a person under a pseudonymous id; the identity number and name are not in the log', async () => {
    const response = await http.post('/subjects').set(department).send({ kind: 'person', identityNumber: '11010519491231002x', fullName: '张三' }).expect(201);
    expect(response.body.subjectId).toMatch(/^P[0-9A-F]{32}$/);
    const log = JSON.stringify(await ctx.app.get<EventStore>(EVENT_STORE).readAll(0, 1000));
    expect(log).not.toContain('11010519491231002');
    expect(log).not.toContain('张三');
  });

  it.each([
    ['a bad USCC check character', { kind: 'organisation', uscc: '91320583722291823A', name: 'x' }, 'uscc'],
    ['an impossible birth date', { kind: 'person', identityNumber: '110105199902300027', fullName: '李四' }, 'identityNumber'],
    ['an unknown field', { kind: 'organisation', uscc: ORG, name: 'x', hacker: true }, 'hacker'],
    ['a missing field', { kind: 'organisation', uscc: ORG }, 'name'],
  ])('400 for %s, naming the field, appending nothing', async (_, body, field) => {
    const before = await head();
    const response = await http.post('/subjects').set(department).send(body).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(response.body)).toContain(field);
    expect(response.body.messageZh).toContain(field);
    expect(await head()).toBe(before);
  });

  it('400 VALIDATION_FAILED answers in English and Chinese per problem, naming field and rule', async () => {
    const response = await http.post('/subjects').set(department).send({ kind: 'organisation', uscc: ORG, name: 7, hacker: true }).expect(400);
    const problems = response.body.details.problems as Array<{ field: string; rule: string; messageZh: string }>;
    expect(problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ field: 'hacker', rule: 'whitelistValidation', messageZh: '字段 hacker：不允许的字段' }),
      expect.objectContaining({ field: 'name', rule: 'isString', messageZh: '字段 name：必须是字符串' }),
    ]));
    expect(response.body.messageZh).toContain('字段 hacker：不允许的字段');
  });

  it('400 for malformed JSON and 400 PAYLOAD_TOO_LARGE naming the field and the rule for an oversized body, appending nothing', async () => {
    const malformed = await http.post('/subjects').set(department).set('Content-Type', 'application/json').send('{"kind": ').expect(400);
    expect(malformed.body.code).toBe('MALFORMED_JSON');
    const before = await head();
    const huge = await http.post('/subjects').set(department).send({ kind: 'organisation', uscc: ORG, name: 'x'.repeat(300_000) }).expect(400);
    expect(huge.body).toMatchObject({ statusCode: 400, code: 'PAYLOAD_TOO_LARGE', details: { field: 'body', rule: 'MAX_BODY_BYTES', limit: 262144 } });
    expect(await head()).toBe(before);
  });

  it('Idempotency-Key: a retry returns the first answer and appends nothing; another body with the same key is 409', async () => {
    const body = { kind: 'organisation', uscc: '91320583796541485R', name: '昆山另一家公司' };
    const first = await http.post('/subjects').set(department).set('Idempotency-Key', 'register-2026-0001').send(body).expect(201);
    const before = await head();
    const retry = await http.post('/subjects').set(department).set('Idempotency-Key', 'register-2026-0001').send(body).expect(201);
    expect(retry.body).toMatchObject({ subjectId: first.body.subjectId, position: first.body.position, replayed: true });
    expect(await head()).toBe(before);
    const other = await http.post('/subjects').set(department).set('Idempotency-Key', 'register-2026-0001').send({ ...body, name: 'changed' }).expect(409);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('history shows every event with who, when and why; state folds the stream; verify checks the chain', async () => {
    const history = await http.get(`/subjects/${ORG}/history`).set(auditor).expect(200);
    expect(history.body.items).toHaveLength(1);
    expect(history.body.items[0]).toMatchObject({ revision: 0, type: 'SubjectRegistered', who: { kind: 'department', department: 'ks-drc' }, why: { command: 'RegisterSubject' } });
    const before = await http.get(`/subjects/${ORG}/state`).set(auditor).query({ asOf: '2020-01-01T00:00:00+08:00' }).expect(200);
    expect(before.body).toMatchObject({ revision: -1 });
    const now = await http.get(`/subjects/${ORG}/state`).set(auditor).query({ revision: 0 }).expect(200);
    expect(now.body.revision).toBe(0);
    expect((await http.get(`/subjects/${ORG}/verify`).set(auditor).expect(200)).body).toMatchObject({ ok: true, checkedEvents: 1 });
    expect((await http.get('/audit/verify').set(auditor).expect(200)).body.ok).toBe(true);
    await http.get('/subjects/91110000600037341L/history').set(auditor).expect(404);
    await http.get('/subjects/not-an-id/history').set(auditor).expect(400);
    await http.get(`/subjects/${ORG}/state`).set(auditor).query({ asOf: 'yesterday' }).expect(400);
  });

  it('404 SUBJECT_NOT_REGISTERED for the history of an unknown subject whatever fromRevision asks', async () => {
    for (const fromRevision of [0, 3]) {
      const response = await http.get('/subjects/91110000600037341L/history').set(auditor).query({ fromRevision }).expect(404);
      expect(response.body.code).toBe('SUBJECT_NOT_REGISTERED');
    }
  });

  it('an auditor replays a subject to a past instant and gets the state that was true then (A9)', async () => {
    const uscc = '121200004013590816';
    const registered = await http.post('/subjects').set(department).send({ kind: 'organisation', uscc, name: '昆山某事业单位' }).expect(201);
    const registeredAt = registered.body.events[0].data.registeredAt as string;
    const [stored] = await ctx.app.get<EventStore>(EVENT_STORE).readStream(`subject-${uscc}`);
    ctx.clock.advance(60_000); // the breach is recorded a minute after the registration
    await http.post(`/subjects/${uscc}/breaches`).set(department)
      .send({ breachClass: 'general', basisDocument: '昆发改罚〔2026〕3号', decisionDate: registeredAt.slice(0, 10), disclosureMonths: 6, summary: '未履行承诺' }).expect(201);
    const then = await http.get(`/subjects/${uscc}/state`).set(auditor).query({ asOf: stored!.metadata.recordedAt }).expect(200);
    const now = await http.get(`/subjects/${uscc}/state`).set(auditor).expect(200);
    expect(then.body.revision).toBe(0);
    expect(then.body.state.breaches).toEqual({ count: 0, items: [], nextCursor: null });
    expect(now.body.revision).toBe(1);
    expect(now.body.state.breaches).toMatchObject({ count: 1, items: [{ record: { departmentId: 'ks-drc' } }], nextCursor: null });
    const history = await http.get(`/subjects/${uscc}/history`).set(auditor).query({ limit: 1 }).expect(200);
    expect(history.body).toMatchObject({ items: [{ revision: 0 }], nextRevision: 1 });
    const next = await http.get(`/subjects/${uscc}/history`).set(auditor).query({ fromRevision: 1, limit: 1 }).expect(200);
    expect(next.body).toMatchObject({ items: [{ revision: 1, type: 'BreachRecorded', who: { department: 'ks-drc' } }], nextRevision: null });
  });

  it('A11, A31: /calendar/deadline gives the working-day deadline the system applies, for receipts under the measure', async () => {
    const response = await http.get('/calendar/deadline').query({ from: '2025-09-26T10:00:00+08:00', workingDays: 5 }).expect(200);
    expect(response.body).toMatchObject({ dueDate: '2025-10-10', dueAt: '2025-10-10T23:59:59.999+08:00', provisional: false });
    await http.get('/calendar/deadline').query({ from: 'soon', workingDays: 5 }).expect(400);
    const impossible = await http.get('/calendar/deadline').query({ from: '2026-02-30', workingDays: 5 }).expect(400);
    expect(impossible.body.details).toMatchObject({ field: 'from' });
    // A31: a receipt before the measure (a typing error such as 0000-01-01) or past 2100 is refused, naming the rule.
    for (const from of ['0000-01-01', '2017-03-05', '2101-01-01T09:00:00+08:00']) {
      const outside = await http.get('/calendar/deadline').query({ from, workingDays: 5 }).expect(400);
      expect(outside.body.details).toMatchObject({ field: 'from', rule: 'DATE_RANGE' });
    }
    // An unencoded "+08:00" arrives as a space; it is read as the offset.
    const unencoded = await http.get('/calendar/deadline?from=2025-09-26T10:00:00+08:00&workingDays=5').expect(200);
    expect(unencoded.body.dueDate).toBe('2025-10-10');
  });

  it('serves the OpenAPI document', async () => {
    const doc = await http.get('/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/subjects', '/subjects/{id}/history', '/subjects/{id}/state', '/audit/verify', '/calendar/deadline']));
  });
});
