import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { ORG, center, housing, caughtUp, http, registerOrganisation, registerPerson, identityNumber, store, subjectActor, type TestApp } from './records-fixture.js';
import { ManualClock } from '../support/clocks.js';
import { startTestApp } from '../support/test-app.js';
import { actor } from '../support/actors.js';

const creditOffice = actor('credit-office', 'office-1');
type Listed = { items: { objectionId: string }[] };
const objectionIds = (page: Listed) => page.items.map((item) => item.objectionId);

/** Fixed dates on a ManualClock (2026-03-02 is a Monday); the deadline views over time are in queries-over-time.e2e.spec.ts. */
describe('queries over the views, and an investigator\'s dispute from objection to correction (real app, SQLite, manual clock)', () => {
  const clock = ManualClock.at('2026-03-02T09:00:00+08:00');
  let ctx: TestApp;
  let personId: string;
  let minorBreachId: string;
  let personBreachId: string;
  const disclosures = async () => (await http(ctx).get('/disclosures').set(await caughtUp(ctx)).expect(200)).body;

  beforeAll(async () => {
    ctx = await startTestApp({}, { clock });
    await registerOrganisation(ctx, ORG);
    personId = await registerPerson(ctx, identityNumber('320583', '1980-05-17', '123'), '欧阳娜娜');
  });
  afterAll(async () => ctx.close());

  it('A9, A28: a breach is disclosed publicly during its period; a person appears only masked, an organisation by name and USCC', async () => {
    minorBreachId = (await http(ctx).post(`/subjects/${ORG}/breaches`).set(housing)
      .send({ breachClass: 'minor', basisDocument: '昆住建罚〔2026〕9号', decisionDate: '2026-02-27', disclosureMonths: 0, summary: '轻微' }).expect(201)).body.breachId;
    await http(ctx).post(`/subjects/${ORG}/breaches`).set(housing)
      .send({ breachClass: 'general', basisDocument: '昆住建罚〔2026〕7号', decisionDate: '2026-02-20', disclosureMonths: 12, summary: '虚假承诺' }).expect(201);
    personBreachId = (await http(ctx).post(`/subjects/${personId}/breaches`).set(housing)
      .send({ breachClass: 'serious', basisDocument: '昆住建罚〔2026〕8号', decisionDate: '2026-02-25', disclosureMonths: 24, summary: '严重失信' }).expect(201)).body.breachId;
    const page = await disclosures();
    expect(page.items).toHaveLength(2);
    const person = page.items.find((d: { subject: { kind: string } }) => d.subject.kind === 'person');
    expect(person.subject).toEqual({ kind: 'person', name: '欧阳**' });
    const org = page.items.find((d: { subject: { kind: string } }) => d.subject.kind === 'organisation');
    expect(org).toMatchObject({ subject: { uscc: ORG }, breachClass: 'general', breachClassLabel: '一般失信', decisionDate: '2026-02-20', underObjection: false });
    expect(page.asOf).toBe('2026-03-02T09:00:00.000+08:00');
    const text = JSON.stringify(page);
    expect(text).not.toContain(personId);
    expect(text).not.toContain('320583198005');
    expect(text).not.toContain('欧阳娜娜');
  });

  it('A28: a department finds a person by identity number in the body; unknown 404, the public (no token) 401', async () => {
    const number = identityNumber('320583', '1980-05-17', '123');
    expect((await http(ctx).post('/subjects/lookup').set(housing).send({ identityNumber: number }).expect(200)).body).toEqual({ subjectId: personId });
    await http(ctx).post('/subjects/lookup').set(housing).send({ identityNumber: identityNumber('320583', '1990-01-01', '555') }).expect(404);
    await http(ctx).post('/subjects/lookup').send({ identityNumber: number }).expect(401);
    await http(ctx).post('/subjects/lookup').set(housing).send({ identityNumber: '12345' }).expect(400);
  });

  it('A9: the subject\'s status shows its active disclosures (not the undisclosed minor one), computed at the time of the query', async () => {
    const status = await http(ctx).get(`/subjects/${ORG}/status`).set(creditOffice).set(await caughtUp(ctx)).expect(200);
    expect(status.body).toMatchObject({ subjectId: ORG, kind: 'organisation', asOf: '2026-03-02T09:00:00.000+08:00', validReviewReport: null, validCreditReports: [] });
    expect(status.body.activeDisclosures).toEqual([expect.objectContaining({ breachClass: 'general', decisionDate: '2026-02-20', disclosedThrough: '2027-02-20' })]);
    await http(ctx).get('/subjects/91110000600037341L/status').set(creditOffice).expect(404);
  });

  it('an investigator follows a dispute: marked under objection at once, case file with deadlines, correction clears the disclosure (A9, SH-SCR 36–38)', async () => {
    const breachId = (await disclosures()).items.find((d: { subject: { kind: string } }) => d.subject.kind === 'organisation').breachId;
    clock.set('2026-03-02T10:00:00+08:00');
    const filed = await http(ctx).post(`/subjects/${ORG}/objections`).set(subjectActor(ORG)).send({ target: { kind: 'breach', id: breachId }, reason: '处罚决定已被行政复议撤销' }).expect(201);
    const oid = filed.body.objectionId as string;
    const marked = (await disclosures()).items.find((d: { breachId: string }) => d.breachId === breachId);
    expect(marked.underObjection).toBe(true);

    const caseFile = await http(ctx).get(`/disputes/${oid}`).set(creditOffice).set(await caughtUp(ctx)).expect(200);
    expect(caseFile.body).toMatchObject({ objectionId: oid, subjectId: ORG, target: { kind: 'breach', id: breachId } });
    // SH-SCR 36–38: the center decides within 5 working days, forwards within 2 (counted from the day after filing)
    expect(caseFile.body.deadlines).toMatchObject({ centerDueAt: '2026-03-09T23:59:59.999+08:00', forwardDueAt: '2026-03-04T23:59:59.999+08:00' });
    expect(caseFile.body.record.events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['BreachRecorded', 'ObjectionFiled']));
    // The subject as it stood just before the disputed breach: registered, the earlier minor breach only.
    const then = caseFile.body.subjectStateWhenRecordWasMade;
    expect(then.state.registration).toMatchObject({ subjectId: ORG, kind: 'organisation', uscc: ORG });
    expect(Object.keys(then.state.breaches)).toEqual([minorBreachId]);
    expect(then.state.breaches[breachId]).toBeUndefined();
    expect(Object.keys(then.state.objections)).toEqual([]);
    expect(then.asOf).toMatch(/^2026-03-02T09:00:00\.\d{3}\+08:00$/);

    await http(ctx).post(`/objections/${oid}/forward`).set(center).send({ toDepartmentId: 'ks-housing' }).expect(200);
    await http(ctx).post(`/objections/${oid}/decision`).set(housing).send({ outcome: 'corrected', correction: {}, revokesRecord: true }).expect(200);
    const after = await disclosures();
    expect(after.items.find((d: { breachId: string }) => d.breachId === breachId)).toBeUndefined();
    expect((await http(ctx).get(`/disputes/${oid}`).set(creditOffice).set(await caughtUp(ctx)).expect(200)).body.outcome).toBe('corrected');
    await http(ctx).get('/disputes/no-such-objection').set(creditOffice).expect(404);
  });

  it('SH-SCR 36–38: an objection left undecided appears in /objections/overdue only after the center\'s deadline; a decided one never', async () => {
    const filed = await http(ctx).post(`/subjects/${personId}/objections`).set(subjectActor(personId)).send({ target: { kind: 'breach', id: personBreachId }, reason: '认定事实有误' }).expect(201);
    const oid = filed.body.objectionId as string;
    const overdue = async () => (await http(ctx).get('/objections/overdue').set(creditOffice).set(await caughtUp(ctx)).expect(200)).body;
    expect(objectionIds(await overdue())).toEqual([]);
    clock.set('2026-03-09T23:59:00+08:00');
    expect(objectionIds(await overdue())).toEqual([]);
    clock.set('2026-03-10T08:00:00+08:00');
    const late = await overdue();
    expect(late.asOf).toBe('2026-03-10T08:00:00.000+08:00');
    expect(objectionIds(late)).toEqual([oid]);
    expect(late.items[0]).toMatchObject({ subjectId: personId, status: 'open', dueAt: '2026-03-09T23:59:59.999+08:00' });
  });

  it('the deadline views refuse a window that is not a number (400)', async () => {
    expect((await http(ctx).get('/reports/expiring').set(creditOffice).query({ days: 'soon' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await http(ctx).get('/reviews/due-soon').set(creditOffice).query({ days: 'soon' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  it('read your own writes: X-Min-Position beyond the log head came from no answer: 400 POSITION_AHEAD_OF_LOG at once, not a 503 after the wait (issue 10)', async () => {
    const head = await store(ctx).headPosition();
    const response = await http(ctx).get(`/subjects/${ORG}/status`).set(creditOffice).set('X-Min-Position', String(head + 1000)).expect(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'X-Min-Position', rule: 'POSITION_AHEAD_OF_LOG', head } });
    await http(ctx).get(`/subjects/${ORG}/status`).set(creditOffice).set('X-Min-Position', String(head)).expect(200);
    await http(ctx).get(`/subjects/${ORG}/status`).set(creditOffice).set('X-Min-Position', 'soon').expect(400);
  });

  it('the OpenAPI document lists every path of docs/api.md', async () => {
    const doc = await http(ctx).get('/docs-json').set(creditOffice).expect(200);
    const paths = Object.keys(doc.body.paths);
    for (const path of [
      '/subjects', '/subjects/lookup', '/subjects/{id}/commitments', '/subjects/{id}/commitments/{cid}/checks', '/subjects/{id}/breaches',
      '/subjects/{id}/reviews', '/subjects/{id}/reviews/{rid}/report', '/subjects/{id}/reviews/{rid}/amendments', '/subjects/{id}/credit-reports',
      '/subjects/{id}/credit-reports/{rpid}/uses', '/subjects/{id}/objections', '/objections/{oid}/forward', '/objections/{oid}/decision',
      '/subjects/{id}/repairs', '/repairs/{rpid}/decision', '/loan-checks', '/agencies', '/agencies/{aid}/suspension', '/agencies/{aid}/exit',
      '/agencies/{aid}/staff', '/agencies/{aid}/breaches', '/departments/{did}/rules', '/subjects/{id}/status', '/subjects/{id}/eligibility',
      '/reviews/overdue', '/reviews/due-soon', '/reports/expiring', '/disclosures', '/objections/overdue', '/disputes/{oid}', '/departments',
      '/departments/{did}/usage', '/agencies/{aid}', '/subjects/{id}/history', '/subjects/{id}/state', '/subjects/{id}/verify', '/audit/verify',
      '/calendar/deadline', '/health', '/health/ready',
    ]) expect({ path, documented: paths.includes(path) }).toEqual({ path, documented: true });
  });
});
