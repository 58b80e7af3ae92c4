import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import request from 'supertest';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { expectNothingAppended, expectRefused } from '../support/refusals.js';
import { startTestApp } from '../support/test-app.js';
import { actors, ORG, OTHER_ORG, registerOutsider, UNKNOWN_ORG, UNKNOWN_RECORD } from './support/credit-products.js';

const REVIEW = { area: 'fiscal-funds-policy-loans', matter: '2026年度科技型中小企业贷款贴息申报' };
const REPORT = { conclusion: 'no-adverse-record', findings: ['未发现失信被执行人记录'] };

describe('reviews: request, report, amendment (real app, SQLite)', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let http: ReturnType<typeof request>;
  let store: EventStore;
  const reviews = (subjectId = ORG) => `/subjects/${subjectId}/reviews`;
  let reviewId: string;

  beforeAll(async () => {
    ctx = await startTestApp();
    http = request(ctx.app.getHttpServer());
    store = ctx.app.get<EventStore>(EVENT_STORE);
    await registerOutsider(store, 'ks-outsider');
    for (const uscc of [ORG, OTHER_ORG]) await http.post('/subjects').set(actors.finance).send({ kind: 'organisation', uscc, name: '昆山示例有限公司' }).expect(201);
  });
  afterAll(async () => ctx.close());


  it('A10, A11: a participating department requests a review; the answer carries the 5-working-day due instant (received Wed 2026-12-02, due end of Wed 2026-12-09)', async () => {
    const response = await http.post(reviews()).set(actors.finance).send(REVIEW).expect(201);
    reviewId = response.body.reviewId;
    expect(reviewId).toMatch(/^[0-9a-f-]{36}$/);
    const [event] = response.body.events;
    expect(event).toMatchObject({ type: 'ReviewRequested', data: { reviewId, requestedBy: { kind: 'department', departmentId: 'ks-finance' }, forDepartmentId: 'ks-finance' } });
    // A11: received Wednesday 2026-12-02 (TEST_NOW); the day of receipt is not counted (Civil Code
    // art. 201): Thu 3 (1), Fri 4 (2), the weekend skipped, Mon 7 (3), Tue 8 (4), Wed 9 (5).
    // Early December 2026 has no holiday or adjusted working day, 2026's notice is loaded and the
    // due date is before 12-24: not provisional.
    expect(event.data.receivedAt).toBe('2026-12-02T10:00:00.000+08:00');
    expect(response.body).toMatchObject({ dueAt: '2026-12-09T23:59:59.999+08:00', dueDate: '2026-12-09', provisional: false, stream: `subject-${ORG}` });
    expect(response.headers.etag).toBe(`"${response.body.revision}"`);
  });

  it('A13: a subject asks for its own review for a participating department it names', async () => {
    const response = await http.post(reviews()).set(actors.org).send({ ...REVIEW, forDepartmentId: 'ks-civil' }).expect(201);
    expect(response.body.events[0].data).toMatchObject({ requestedBy: { kind: 'subject' }, forDepartmentId: 'ks-civil' });
  });

  it('A13: refuses a department that does not take part in reviews (422), appending nothing', async () => {
    await expectRefused(store, () => http.post(reviews()).set(actors.outsider).send(REVIEW), 422, 'REVIEW_DEPARTMENT_NOT_PARTICIPATING');
    await expectRefused(store, () => http.post(reviews()).set(actors.org).send({ ...REVIEW, forDepartmentId: 'ks-outsider' }), 422, 'REVIEW_DEPARTMENT_NOT_PARTICIPATING');
  });

  it('A13: a subject must name the department (422, naming the body field forDepartmentId); an unknown one is 404', async () => {
    const missing = await expectRefused(store, () => http.post(reviews()).set(actors.org).send(REVIEW), 422, 'REVIEW_DEPARTMENT_REQUIRED');
    expect(missing.body.details).toMatchObject({ field: 'forDepartmentId' });
    expect(missing.body.message).toContain('forDepartmentId');
    expect(missing.body.message).not.toContain('requestedBy');
    await expectRefused(store, () => http.post(reviews()).set(actors.org).send({ ...REVIEW, forDepartmentId: 'ks-nowhere' }), 404, 'DEPARTMENT_NOT_REGISTERED');
  });

  it('A10: only the subject itself or a department requests (403; no token 401), and a department user must carry its department', async () => {
    // Another subject is refused by the policy table (own-subject), before the handler runs.
    const otherSubject = await expectRefused(store, () => http.post(reviews()).set(actors.otherOrg).send({ ...REVIEW, forDepartmentId: 'ks-civil' }), 403, 'FORBIDDEN');
    expect(otherSubject.body.message).toContain('a subject acts only on its own records (A28)');
    expect(otherSubject.body.details).toMatchObject({ route: 'POST /subjects/{id}/reviews' });
    await expectRefused(store, () => http.post(reviews()).set(actors.bank).send(REVIEW), 403, 'FORBIDDEN');
    await expectRefused(store, () => http.post(reviews()).set(actors.noDepartment).send(REVIEW), 403, 'FORBIDDEN');
    await expectRefused(store, () => http.post(reviews()).send(REVIEW), 401, 'UNAUTHORIZED');
  });

  it('A10, A25: a department naming another department is 403 FORBIDDEN (an authorization matter, answered as for a commitment, A6), appending nothing', async () => {
    const refused = await expectRefused(store, () => http.post(reviews()).set(actors.finance).send({ ...REVIEW, forDepartmentId: 'ks-civil' }), 403, 'FORBIDDEN');
    expect(refused.body.message).toBe('request a credit review: department ks-finance acts for itself only, not for ks-civil (forDepartmentId, A10)');
    expect(refused.body.details).toEqual({ department: 'ks-finance', field: 'forDepartmentId', forDepartmentId: 'ks-civil', article: 'A10' });
  });

  it('A10, A12: 400 for an area outside A12 or an unknown field; 404 for an unknown subject', async () => {
    const bad = await expectRefused(store, () => http.post(reviews()).set(actors.finance).send({ ...REVIEW, area: 'procurement-construction-land-tendering' }), 400, 'VALIDATION_FAILED');
    expect(JSON.stringify(bad.body)).toContain('area');
    await expectRefused(store, () => http.post(reviews()).set(actors.finance).send({ ...REVIEW, requestedBy: { kind: 'department' } }), 400, 'VALIDATION_FAILED');
    await expectRefused(store, () => http.post(reviews(UNKNOWN_ORG)).set(actors.finance).send(REVIEW), 404, 'SUBJECT_NOT_REGISTERED');
  });

  it('Idempotency-Key: a retried review request answers the first review id and due instant, appending nothing', async () => {
    const first = await http.post(reviews(OTHER_ORG)).set(actors.finance).set('Idempotency-Key', 'review-2026-0001').send(REVIEW).expect(201);
    const retry = await expectNothingAppended(store, () => http.post(reviews(OTHER_ORG)).set(actors.finance).set('Idempotency-Key', 'review-2026-0001').send(REVIEW).expect(201));
    expect(retry.body).toMatchObject({ reviewId: first.body.reviewId, dueAt: first.body.dueAt, replayed: true });
  });

  it('A10: amending before any report is refused (A14 REVIEW_REPORT_NOT_ISSUED)', async () => {
    await expectRefused(store, () => http.post(`${reviews()}/${reviewId}/amendments`).set(actors.center).send({ ...REPORT, reason: '新增信息' }), 422, 'REVIEW_REPORT_NOT_ISSUED');
  });

  it('A10, A14: only the center issues the report, valid one year', async () => {
    await expectRefused(store, () => http.post(`${reviews()}/${reviewId}/report`).set(actors.finance).send(REPORT), 403, 'FORBIDDEN');
    const response = await http.post(`${reviews()}/${reviewId}/report`).set(actors.center).send(REPORT).expect(201);
    expect(response.body).toMatchObject({ reviewId, late: false, events: [{ type: 'ReviewReportIssued' }] });
    const issuedOn = response.body.events[0].data.issuedOn as string;
    expect(response.body.validThrough).toBe(`${Number(issuedOn.slice(0, 4)) + 1}${issuedOn.slice(4)}`.replace(/-02-29$/, '-02-28'));
  });

  it('A10: a review is answered once (REVIEW_ALREADY_COMPLETED); unknown review 404; a malformed id 400', async () => {
    await expectRefused(store, () => http.post(`${reviews()}/${reviewId}/report`).set(actors.center).send(REPORT), 422, 'REVIEW_ALREADY_COMPLETED');
    await expectRefused(store, () => http.post(`${reviews()}/${UNKNOWN_RECORD}/report`).set(actors.center).send(REPORT), 404, 'REVIEW_NOT_FOUND');
    await expectRefused(store, () => http.post(`${reviews()}/RV-1/report`).set(actors.center).send(REPORT), 400, 'VALIDATION_FAILED');
    await expectRefused(store, () => http.post(`${reviews()}/${reviewId}/report`).set(actors.center).send({ conclusion: 'fine', findings: [] }), 400, 'VALIDATION_FAILED');
  });

  it('A14: the subject and the center amend a valid report after a material change; others may not', async () => {
    const amendment = { conclusion: 'adverse-record-found', findings: ['一般失信：未按承诺提交年度报告'], reason: '审查报告有效期内新增失信信息' };
    const bySubject = await http.post(`${reviews()}/${reviewId}/amendments`).set(actors.org).send(amendment).expect(201);
    expect(bySubject.body).toMatchObject({ reviewId, events: [{ type: 'ReviewReportAmended', data: { requestedBy: 'subject' } }] });
    const byCenter = await http.post(`${reviews()}/${reviewId}/amendments`).set(actors.center).set('If-Match', `"${bySubject.body.revision}"`).send(amendment).expect(201);
    expect(byCenter.body.events[0].data.requestedBy).toBe('center');
    await expectRefused(store, () => http.post(`${reviews()}/${reviewId}/amendments`).set(actors.finance).send(amendment), 403, 'FORBIDDEN');
    await expectRefused(store, () => http.post(`${reviews()}/${reviewId}/amendments`).set(actors.otherOrg).send(amendment), 403, 'FORBIDDEN');
    await expectRefused(store, () => http.post(`${reviews()}/${reviewId}/amendments`).set(actors.center).send({ ...amendment, reason: '' }), 400, 'VALIDATION_FAILED');
    await expectRefused(store, () => http.post(`${reviews()}/${reviewId}/amendments`).set(actors.center).set('If-Match', '"0"').send(amendment), 409, 'WRONG_EXPECTED_REVISION');
  });

  it('documents the review routes in OpenAPI', async () => {
    const doc = await http.get('/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/subjects/{id}/reviews', '/subjects/{id}/reviews/{rid}/report', '/subjects/{id}/reviews/{rid}/amendments']));
  });
});
