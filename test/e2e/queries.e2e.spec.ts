import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { DateTime } from 'luxon';
import { ORG, center, housing, http, registerOrganisation, registerPerson, identityNumber, store, subjectActor, type TestApp } from './records-fixture.js';
import { startTestApp } from '../support/test-app.js';

const today = () => DateTime.now().setZone('Asia/Shanghai');
const daysAgo = (n: number) => today().minus({ days: n }).toISODate()!;
const creditOffice = { 'X-Actor-Kind': 'credit-office', 'X-Actor-Id': 'office-1' };

describe('queries over the views, and an investigator\'s dispute from objection to correction (real app, SQLite)', () => {
  let ctx: TestApp;
  let personId: string;
  const fresh = async () => ({ 'X-Min-Position': String(await store(ctx).headPosition()) });
  const disclosures = async () => (await http(ctx).get('/disclosures').set(await fresh()).expect(200)).body;

  beforeAll(async () => {
    ctx = await startTestApp();
    await registerOrganisation(ctx, ORG);
    personId = await registerPerson(ctx, identityNumber('320583', '1980-05-17', '123'), '欧阳娜娜');
  });
  afterAll(async () => ctx.close());

  it('A9, A28: a breach is disclosed publicly during its period; a person appears only masked, an organisation by name and USCC', async () => {
    await http(ctx).post(`/subjects/${ORG}/breaches`).set(housing)
      .send({ breachClass: 'general', basisDocument: '昆住建罚〔2026〕7号', decisionDate: daysAgo(10), disclosureMonths: 12, summary: '虚假承诺' }).expect(201);
    await http(ctx).post(`/subjects/${personId}/breaches`).set(housing)
      .send({ breachClass: 'serious', basisDocument: '昆住建罚〔2026〕8号', decisionDate: daysAgo(5), disclosureMonths: 24, summary: '严重失信' }).expect(201);
    await http(ctx).post(`/subjects/${ORG}/breaches`).set(housing)
      .send({ breachClass: 'minor', basisDocument: '昆住建罚〔2026〕9号', decisionDate: daysAgo(3), disclosureMonths: 0, summary: '轻微' }).expect(201);
    const page = await disclosures();
    expect(page.items).toHaveLength(2);
    const person = page.items.find((d: { subject: { kind: string } }) => d.subject.kind === 'person');
    expect(person.subject).toEqual({ kind: 'person', name: '欧阳**' });
    const org = page.items.find((d: { subject: { kind: string } }) => d.subject.kind === 'organisation');
    expect(org).toMatchObject({ subject: { uscc: ORG }, breachClass: 'general', breachClassLabel: '一般失信', underObjection: false });
    const text = JSON.stringify(page);
    expect(text).not.toContain(personId);
    expect(text).not.toContain('320583198005');
    expect(text).not.toContain('欧阳娜娜');
  });

  it('A28: a department finds a person by identity number in the body; unknown 404, the public 403', async () => {
    const number = identityNumber('320583', '1980-05-17', '123');
    expect((await http(ctx).post('/subjects/lookup').set(housing).send({ identityNumber: number }).expect(200)).body).toEqual({ subjectId: personId });
    await http(ctx).post('/subjects/lookup').set(housing).send({ identityNumber: identityNumber('320583', '1990-01-01', '555') }).expect(404);
    await http(ctx).post('/subjects/lookup').send({ identityNumber: number }).expect(403);
    await http(ctx).post('/subjects/lookup').set(housing).send({ identityNumber: '12345' }).expect(400);
  });

  it('the subject\'s status shows its active disclosures, computed at the time of the query', async () => {
    const status = await http(ctx).get(`/subjects/${ORG}/status`).set(await fresh()).expect(200);
    expect(status.body).toMatchObject({ subjectId: ORG, kind: 'organisation', validReviewReport: null, validCreditReports: [] });
    expect(status.body.activeDisclosures).toHaveLength(1);
    await http(ctx).get('/subjects/91110000600037341L/status').expect(404);
  });

  it('an investigator follows a dispute: marked under objection at once, case file with deadlines, correction clears the disclosure (A9, SH-SCR 36–38)', async () => {
    const breachId = (await disclosures()).items.find((d: { subject: { kind: string } }) => d.subject.kind === 'organisation').breachId;
    const filed = await http(ctx).post(`/subjects/${ORG}/objections`).set(subjectActor(ORG)).send({ target: { kind: 'breach', id: breachId }, reason: '处罚决定已被行政复议撤销' }).expect(201);
    const oid = filed.body.objectionId as string;
    const marked = (await disclosures()).items.find((d: { breachId: string }) => d.breachId === breachId);
    expect(marked.underObjection).toBe(true);

    const caseFile = await http(ctx).get(`/disputes/${oid}`).set(await fresh()).expect(200);
    expect(caseFile.body).toMatchObject({ objectionId: oid, subjectId: ORG, target: { kind: 'breach', id: breachId } });
    expect(caseFile.body.deadlines.centerDueAt).toMatch(/T23:59:59\.999\+08:00$/);
    expect(caseFile.body.record.events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['BreachRecorded', 'ObjectionFiled']));
    expect(caseFile.body.subjectStateWhenRecordWasMade.state).toBeDefined();

    await http(ctx).post(`/objections/${oid}/forward`).set(center).send({ toDepartmentId: 'ks-housing' }).expect(200);
    await http(ctx).post(`/objections/${oid}/decision`).set(housing).send({ outcome: 'corrected', correction: {}, revokesRecord: true }).expect(200);
    const after = await disclosures();
    expect(after.items.find((d: { breachId: string }) => d.breachId === breachId)).toBeUndefined();
    expect((await http(ctx).get(`/disputes/${oid}`).set(await fresh()).expect(200)).body.outcome).toBe('corrected');
    await http(ctx).get('/disputes/no-such-objection').expect(404);
  });

  it('overdue and due-soon lists are computed against the time of the query (A11)', async () => {
    const overdue = await http(ctx).get('/reviews/overdue').set(await fresh()).expect(200);
    expect(overdue.body).toMatchObject({ items: [], nextCursor: null });
    expect((await http(ctx).get('/reviews/due-soon').query({ days: 3 }).expect(200)).body.days).toBe(3);
    expect((await http(ctx).get('/reports/expiring').query({ days: 30 }).expect(200)).body.items).toEqual([]);
    expect((await http(ctx).get('/objections/overdue').expect(200)).body.items).toEqual([]);
    expect((await http(ctx).get('/reports/expiring').query({ days: 'soon' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  it('read your own writes: X-Min-Position beyond the log head answers 503 with the lag after the bounded wait', async () => {
    const head = await store(ctx).headPosition();
    const response = await http(ctx).get(`/subjects/${ORG}/status`).set('X-Min-Position', String(head + 1000)).expect(503);
    expect(response.body).toMatchObject({ code: 'VIEWS_LAGGING', details: { minPosition: head + 1000 } });
    await http(ctx).get(`/subjects/${ORG}/status`).set('X-Min-Position', 'soon').expect(400);
  });

  it('the OpenAPI document lists every path of api.md', async () => {
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
