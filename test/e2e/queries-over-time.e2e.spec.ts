import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { ManualClock } from '../support/clocks.js';
import { startTestApp } from '../support/test-app.js';
import { actors, ORG, report } from './support/credit-products.js';
import { caughtUp, http, type TestApp } from './records-fixture.js';
import { actor } from '../support/actors.js';

const creditOffice = actor('credit-office', 'supervisor-1');
const housing = actor('department', 'officer-3', 'ks-housing');
const FILING = { uscc: '91320583796541485R', filingAuthority: '苏州市社会信用体系建设领导小组办公室', level: 'city', filedOn: '2025-01-15' };
const REVIEW = { area: 'fiscal-funds-policy-loans', matter: '2026年度科技型中小企业贷款贴息申报' };
const REVIEW_REPORT = { conclusion: 'no-adverse-record', findings: ['未发现失信被执行人记录'] };

type Listed = { items: { id?: string; reviewId?: string }[] };
const reviewIds = (page: Listed) => page.items.map((item) => item.reviewId);
const reportIds = (page: Listed) => page.items.map((item) => item.id);

/**
 * "Overdue", "due soon", "expiring" and "valid" are computed against the time of the query: one app
 * on a ManualClock, moved forward through fixed 2026 dates (2026-04-04..06 is the Qingming holiday).
 */
describe('query views over time: deadlines, expiry and status flags (real app, SQLite, manual clock)', () => {
  const clock = ManualClock.at('2026-04-01T09:00:00+08:00');
  let ctx: TestApp;
  let goodAgency: string;
  let badAgency: string;
  let goodReport: string;
  let badReport: string;
  let reviewId: string;
  const get = async (path: string, query: Record<string, string | number> = {}) => (await http(ctx).get(path).query(query).set(creditOffice).set(await caughtUp(ctx)).expect(200)).body;
  const status = () => get(`/subjects/${ORG}/status`);
  const fileAgency = async (name: string, filingNumber: string) =>
    (await http(ctx).post('/agencies').set(creditOffice).send({ ...FILING, name, filingNumber }).expect(201)).body.agencyId as string;
  const fileReport = async (agencyId: string, issuedOn: string) =>
    (await http(ctx).post(`/subjects/${ORG}/credit-reports`).set(actors.agency(agencyId)).send(report(issuedOn)).expect(201)).body.reportId as string;

  beforeAll(async () => {
    ctx = await startTestApp({}, { clock });
    await http(ctx).post('/subjects').set(housing).send({ kind: 'organisation', uscc: ORG, name: '昆山示例精密机械有限公司' }).expect(201);
    goodAgency = await fileAgency('苏州示例信用评估有限公司', '苏信备〔2025〕003号');
    badAgency = await fileAgency('苏州某信用服务有限公司', '苏信备〔2025〕004号');
    goodReport = await fileReport(goodAgency, '2025-05-20');
    badReport = await fileReport(badAgency, '2026-03-31');
  });
  afterAll(async () => ctx.close());

  describe('A11: a review requested on the Friday before Qingming', () => {
    it('A11: requested 2026-04-03 (Fri), it is due at the end of 2026-04-13: the holiday and the weekend are not counted', async () => {
      clock.set('2026-04-03T10:00:00+08:00');
      const requested = await http(ctx).post(`/subjects/${ORG}/reviews`).set(actors.finance).send(REVIEW).expect(201);
      reviewId = requested.body.reviewId;
      expect(requested.body).toMatchObject({ dueAt: '2026-04-13T23:59:59.999+08:00', dueDate: '2026-04-13', provisional: false });
      expect(reviewIds(await get('/reviews/due-soon', { days: 3 }))).not.toContain(reviewId);
      expect(reviewIds(await get('/reviews/overdue'))).not.toContain(reviewId);
    });

    it('A11: three days before the end of its window it is not yet due soon', async () => {
      clock.set('2026-04-10T09:00:00+08:00');
      expect(reviewIds(await get('/reviews/due-soon', { days: 3 }))).not.toContain(reviewId);
    });

    it('A11: on the Friday before, the default window (two working days) already shows it, across the weekend', async () => {
      clock.set('2026-04-10T09:00:00+08:00');
      const dueSoon = await get('/reviews/due-soon', {});
      expect(reviewIds(dueSoon)).toContain(reviewId);
      expect(dueSoon.until).toBe('2026-04-14T23:59:59.999+08:00');
    });

    it('A11: within three days of its due instant it is due soon, not overdue', async () => {
      clock.set('2026-04-11T09:00:00+08:00');
      const dueSoon = await get('/reviews/due-soon', { days: 3 });
      expect(dueSoon).toMatchObject({ asOf: '2026-04-11T09:00:00.000+08:00', days: 3 });
      expect(reviewIds(dueSoon)).toEqual([reviewId]);
      expect(reviewIds(await get('/reviews/overdue'))).not.toContain(reviewId);
    });

    it('A11: once the clock passes its due instant it is overdue and no longer due soon', async () => {
      clock.set('2026-04-14T00:00:00.000+08:00');
      const overdue = await get('/reviews/overdue');
      expect(overdue.asOf).toBe('2026-04-14T00:00:00.000+08:00');
      expect(reviewIds(overdue)).toEqual([reviewId]);
      expect(reviewIds(await get('/reviews/due-soon', { days: 3 }))).not.toContain(reviewId);
    });

    it('A11: the center issues the report late; the review leaves both lists', async () => {
      clock.set('2026-04-14T09:30:00+08:00');
      const issued = await http(ctx).post(`/subjects/${ORG}/reviews/${reviewId}/report`).set(actors.center).send(REVIEW_REPORT).expect(201);
      expect(issued.body).toMatchObject({ late: true, validThrough: '2027-04-14' });
      expect(reviewIds(await get('/reviews/overdue'))).not.toContain(reviewId);
      expect(reviewIds(await get('/reviews/due-soon', { days: 3 }))).not.toContain(reviewId);
    });
  });

  describe('/subjects/{id}/status', () => {
    it('A14, A19: shows the valid review report and both valid credit reports, no flags', async () => {
      const body = await status();
      expect(body.validReviewReport).toMatchObject({ reviewId, issuedOn: '2026-04-14', validThrough: '2027-04-14', late: true, needsAmendment: false });
      expect(body.validCreditReports.map((r: { reportId: string }) => r.reportId).sort()).toEqual([goodReport, badReport].sort());
      expect(body.validCreditReports.find((r: { reportId: string }) => r.reportId === goodReport))
        .toMatchObject({ agencyId: goodAgency, issuedOn: '2025-05-20', validThrough: '2026-05-20', agencyExitedForMisconduct: false });
      expect(body.flags).toEqual({ needsAmendment: false, provisionalCalendar: false, agencyExitedForMisconduct: false });
      expect(body.openReviews).toEqual([]);
    });

    it('A14: a breach recorded while the review report is valid flags it for amendment', async () => {
      clock.set('2026-04-15T10:00:00+08:00');
      const breach = await http(ctx).post(`/subjects/${ORG}/breaches`).set(housing)
        .send({ breachClass: 'general', basisDocument: '昆住建罚〔2026〕21号', decisionDate: '2026-04-15', disclosureMonths: 12, summary: '未按承诺期限补齐施工许可材料' }).expect(201);
      expect(breach.body.events).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'ReviewReportAmendmentFlagged', data: expect.objectContaining({ reviewId }) })]));
      const body = await status();
      expect(body.validReviewReport).toMatchObject({ reviewId, needsAmendment: true });
      expect(body.flags.needsAmendment).toBe(true);
      expect(body.activeDisclosures.map((d: { breachId: string }) => d.breachId)).toEqual([breach.body.breachId]);
    });

    it('A26: after its agency exits for misconduct, that agency\'s report is flagged (still counted), the other is not', async () => {
      clock.set('2026-04-16T10:00:00+08:00');
      await http(ctx).post(`/agencies/${badAgency}/exit`).set(creditOffice).send({ exitedOn: '2026-04-16', reason: 'misconduct', basisDocument: '昆信用办〔2026〕12号' }).expect(201);
      const body = await status();
      const flagOf = (id: string) => body.validCreditReports.find((r: { reportId: string }) => r.reportId === id)?.agencyExitedForMisconduct;
      expect({ bad: flagOf(badReport), good: flagOf(goodReport) }).toEqual({ bad: true, good: false });
      expect(body.flags.agencyExitedForMisconduct).toBe(true);
    });
  });

  describe('A19: /reports/expiring', () => {
    it('A19: a credit report issued 2025-05-20 (valid through 2026-05-20) is not expiring within 30 days on 2026-04-20', async () => {
      clock.set('2026-04-20T12:00:00+08:00');
      expect(reportIds(await get('/reports/expiring', { days: 30 }))).not.toContain(goodReport);
    });

    it('A19: it is expiring within 30 days from 2026-04-21; the reports valid into 2027 are not', async () => {
      clock.set('2026-04-21T00:00:00+08:00');
      const expiring = await get('/reports/expiring', { days: 30 });
      expect(expiring).toMatchObject({ asOf: '2026-04-21T00:00:00.000+08:00', days: 30 });
      expect(expiring.items).toEqual([expect.objectContaining({ kind: 'credit-report', id: goodReport, expiresAt: '2026-05-20T23:59:59.999+08:00' })]);
    });

    it('A19: after the end of its last valid day it is neither expiring nor valid', async () => {
      clock.set('2026-05-21T00:00:00+08:00');
      expect(reportIds(await get('/reports/expiring', { days: 30 }))).not.toContain(goodReport);
      expect((await status()).validCreditReports.map((r: { reportId: string }) => r.reportId)).toEqual([badReport]);
    });
  });
});
