import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import request from 'supertest';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { expectNothingAppended, expectRefused } from '../support/refusals.js';
import { startTestApp } from '../support/test-app.js';
import { actors, daysAgo, exitAgency, fileAgency, ORG, OTHER_ORG, report, UNKNOWN_ORG, UNKNOWN_RECORD } from './support/credit-products.js';

/** Default threshold (decision, docs/domain.md A18): CNY 10,000,000 = 1,000,000,000 fen. */
const THRESHOLD_FEN = 1_000_000_000;

describe('loan checks: the bank\'s dual report (real app, SQLite)', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let http: ReturnType<typeof request>;
  let store: EventStore;
  let reportId: string;
  let reviewId: string;
  let flaggedReportId: string;

  beforeAll(async () => {
    ctx = await startTestApp();
    http = request(ctx.app.getHttpServer());
    store = ctx.app.get<EventStore>(EVENT_STORE);
    await fileAgency(store, 'AG-17', '2020-05-11');
    await fileAgency(store, 'AG-BAD', '2020-05-11');
    for (const uscc of [ORG, OTHER_ORG]) await http.post('/subjects').set(actors.finance).send({ kind: 'organisation', uscc, name: '昆山示例有限公司' }).expect(201);
    reportId = (await http.post(`/subjects/${ORG}/credit-reports`).set(actors.agency('AG-17')).send(report(daysAgo(30))).expect(201)).body.reportId;
    flaggedReportId = (await http.post(`/subjects/${OTHER_ORG}/credit-reports`).set(actors.agency('AG-BAD')).send(report(daysAgo(30))).expect(201)).body.reportId;
    await exitAgency(store, 'AG-BAD', daysAgo(2), 'misconduct');
    reviewId = (await http.post(`/subjects/${ORG}/reviews`).set(actors.finance).send({ area: 'fiscal-funds-policy-loans', matter: '政策性贷款' }).expect(201)).body.reviewId;
    await http.post(`/subjects/${ORG}/reviews/${reviewId}/report`).set(actors.center).send({ conclusion: 'no-adverse-record', findings: [] }).expect(201);
  });
  afterAll(async () => ctx.close());


  const check = (body: Record<string, unknown>) => ({ subjectId: ORG, amountFen: 1_500_000_000, pbocReferenceChecked: true, ...body });

  it('A18: a loan at or above the threshold relying on a valid credit report is recorded', async () => {
    const response = await http.post('/loan-checks').set(actors.bank).send(check({ reliesOn: { kind: 'credit-report', reportId } })).expect(201);
    expect(response.body).toMatchObject({
      subjectId: ORG, dualReportRequired: true, thresholdFen: THRESHOLD_FEN, agencyExitedForMisconduct: false, stream: `subject-${ORG}`,
      events: [{ type: 'LoanCheckRecorded', data: { bankId: 'icbc-kunshan', amountFen: 1_500_000_000, reliesOn: { kind: 'credit-report', reportId } } }],
    });
    expect(response.body.loanCheckId).toBe(response.body.events[0].data.loanCheckId);
  });

  it('A18: a valid review report serves as well', async () => {
    const response = await http.post('/loan-checks').set(actors.bank).send(check({ amountFen: THRESHOLD_FEN, reliesOn: { kind: 'review-report', reportId: reviewId } })).expect(201);
    expect(response.body).toMatchObject({ dualReportRequired: true, events: [{ data: { reliesOn: { kind: 'review-report', reportId: reviewId } } }] });
  });

  it('A18: below the threshold only the PBOC check is needed', async () => {
    const response = await http.post('/loan-checks').set(actors.bank).send(check({ amountFen: THRESHOLD_FEN - 1 })).expect(201);
    expect(response.body).toMatchObject({ dualReportRequired: false, events: [{ data: { reliesOn: null } }] });
  });

  it('A18: refuses a large loan without a valid report (LOAN_CHECK_REQUIRES_VALID_REPORT), appending nothing', async () => {
    await expectRefused(store, () => http.post('/loan-checks').set(actors.bank).send(check({})), 422, 'LOAN_CHECK_REQUIRES_VALID_REPORT');
    const unknown = await expectRefused(store, () => http.post('/loan-checks').set(actors.bank).send(check({ reliesOn: { kind: 'credit-report', reportId: UNKNOWN_RECORD } })), 422, 'LOAN_CHECK_REQUIRES_VALID_REPORT');
    expect(unknown.body.details.reasonCode).toBe('REPORT_NOT_FOUND');
  });

  it('A18: refuses a check that skipped the PBOC credit reference system', async () => {
    await expectRefused(store, () => http.post('/loan-checks').set(actors.bank).send(check({ pbocReferenceChecked: false, reliesOn: { kind: 'credit-report', reportId } })), 422, 'LOAN_CHECK_PBOC_NOT_CHECKED');
  });

  it('A26: relying on a report of an agency that exited for misconduct is flagged (counted by default)', async () => {
    const response = await http.post('/loan-checks').set(actors.bank).send(check({ subjectId: OTHER_ORG, reliesOn: { kind: 'credit-report', reportId: flaggedReportId } })).expect(201);
    expect(response.body).toMatchObject({ agencyExitedForMisconduct: true, events: [{ data: { agencyExitedForMisconduct: true } }] });
  });

  it('A18: only a bank records a loan check (403)', async () => {
    await expectRefused(store, () => http.post('/loan-checks').set(actors.finance).send(check({})), 403, 'FORBIDDEN');
    await expectRefused(store, () => http.post('/loan-checks').set(actors.org).send(check({})), 403, 'FORBIDDEN');
  });

  it.each([
    ['money as a float', { amountFen: 1500.5 }, 'amountFen'],
    ['money as a negative amount', { amountFen: -1 }, 'amountFen'],
    ['an identity number as the subject', { subjectId: '11010519491231002X' }, 'subjectId'],
    ['an unknown report kind', { reliesOn: { kind: 'rumour', reportId: UNKNOWN_RECORD } }, 'reliesOn'],
    ['a bank id in the body', { bankId: 'other-bank' }, 'bankId'],
  ])('400 for %s, naming the field, appending nothing', async (_, change, field) => {
    const response = await expectRefused(store, () => http.post('/loan-checks').set(actors.bank).send(check(change)), 400, 'VALIDATION_FAILED');
    expect(JSON.stringify(response.body)).toContain(field);
  });

  it('A4: 404 for an unknown subject', async () => {
    await expectRefused(store, () => http.post('/loan-checks').set(actors.bank).send(check({ subjectId: UNKNOWN_ORG, amountFen: 100 })), 404, 'SUBJECT_NOT_REGISTERED');
  });

  it('Idempotency-Key: a retried check answers the first loan check id and appends nothing', async () => {
    const body = check({ amountFen: 200_000, subjectId: OTHER_ORG });
    const first = await http.post('/loan-checks').set(actors.bank).set('Idempotency-Key', 'loan-2026-000042').send(body).expect(201);
    const retry = await expectNothingAppended(store, () => http.post('/loan-checks').set(actors.bank).set('Idempotency-Key', 'loan-2026-000042').send(body).expect(201));
    expect(retry.body).toMatchObject({ loanCheckId: first.body.loanCheckId, replayed: true });
  });

  it('documents POST /loan-checks in OpenAPI', async () => {
    const doc = await http.get('/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toContain('/loan-checks');
  });
});
