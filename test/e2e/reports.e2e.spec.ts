import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import request from 'supertest';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { expectRefused } from '../support/refusals.js';
import { startTestApp } from '../support/test-app.js';
import { actors, daysAgo, exitAgency, fileAgency, nowInShanghai, onDepartment, ORG, OTHER_ORG, report, setRule, suspendAgency, UNKNOWN_ORG, UNKNOWN_RECORD } from './support/credit-products.js';
import { actor } from '../support/actors.js';

const TENDER = { area: 'procurement-construction-land-tendering', matter: '2026年市政道路养护项目公开招标' };

describe('credit reports: filing, uses and eligibility (real app, SQLite)', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let http: ReturnType<typeof request>;
  let store: EventStore;
  const reports = (subjectId = ORG) => `/subjects/${subjectId}/credit-reports`;
  const eligibility = (subjectId = ORG) => `/subjects/${subjectId}/eligibility`;
  let reportId: string;
  let misconductReportId: string;

  beforeAll(async () => {
    ctx = await startTestApp();
    http = request(ctx.app.getHttpServer());
    store = ctx.app.get<EventStore>(EVENT_STORE);
    await fileAgency(store, 'AG-17', '2020-05-11');
    await fileAgency(store, 'AG-SUSP', '2020-05-11');
    await suspendAgency(store, 'AG-SUSP', '2025-01-01', '2025-01-31');
    await fileAgency(store, 'AG-BAD', '2020-05-11');
    await setRule(store, 'ks-finance', 'R-TENDER', 'government-procurement-tender', 'procurement-construction-land-tendering', ['report'], 'all');
    await setRule(store, 'ks-finance', 'R-GRANT', 'tech-grant', 'public-resources-fiscal-funds-loans-guarantees', ['commitment', 'report'], 'all');
    await setRule(store, 'ks-market', 'R-LICENCE', 'food-licence', 'approval-market-access-supervision', ['review', 'report'], 'any');
    await onDepartment(store, { type: 'MergeDepartment', now: nowInShanghai(), departmentId: 'ks-price', intoDepartmentId: 'ks-market', effectiveOn: '2019-03-21', basisDocument: '昆编〔2019〕1号' });
    for (const uscc of [ORG, OTHER_ORG]) await http.post('/subjects').set(actors.finance).send({ kind: 'organisation', uscc, name: '昆山示例有限公司' }).expect(201);
  });
  afterAll(async () => ctx.close());


  describe('POST /subjects/{id}/credit-reports', () => {
    it('A15, A19, A20: the filed agency files a report; valid one year from its issue date', async () => {
      const issuedOn = daysAgo(30);
      const response = await http.post(reports()).set(actors.agency('AG-17')).send(report(issuedOn)).expect(201);
      reportId = response.body.reportId;
      expect(response.body.events[0]).toMatchObject({ type: 'CreditReportFiled', data: { reportId, agencyId: 'AG-17', issuedOn, rating: { grade: 'AA', modifier: '+' } } });
      expect(response.body.events[0].data.sections).toMatchObject({ basicInformation: '成立于2003年，注册资本5000万元', judicialCredit: null, contractPerformance: null });
      expect(response.body.validThrough).toBe(`${Number(issuedOn.slice(0, 4)) + 1}${issuedOn.slice(4)}`.replace(/-02-29$/, '-02-28'));
      misconductReportId = (await http.post(reports(OTHER_ORG)).set(actors.agency('AG-BAD')).send(report(daysAgo(20))).expect(201)).body.reportId;
    });

    it('A20: refuses a report of an agency not filed on the issue date (422 REPORT_AGENCY_NOT_FILED)', async () => {
      await expectRefused(store, () => http.post(reports()).set(actors.agency('AG-NONE')).send(report(daysAgo(3))), 422, 'REPORT_AGENCY_NOT_FILED');
      await expectRefused(store, () => http.post(reports()).set(actors.agency('AG-17')).send(report('2019-12-31')), 422, 'REPORT_AGENCY_NOT_FILED');
    });

    it('A26: refuses a report issued while the agency was suspended', async () => {
      await expectRefused(store, () => http.post(reports()).set(actors.agency('AG-SUSP')).send(report('2025-01-15')), 422, 'REPORT_AGENCY_SUSPENDED');
    });

    it('A19: refuses a report dated in the future', async () => {
      const inTwoDays = daysAgo(-2);
      await expectRefused(store, () => http.post(reports()).set(actors.agency('AG-17')).send(report(inTwoDays)), 422, 'REPORT_ISSUED_IN_FUTURE');
    });

    it('A15: only an agency files (403)', async () => {
      await expectRefused(store, () => http.post(reports()).set(actors.finance).send(report(daysAgo(3))), 403, 'FORBIDDEN');
      await expectRefused(store, () => http.post(reports()).set(actors.org).send(report(daysAgo(3))), 403, 'FORBIDDEN');
    });

    it.each([
      ['a date that does not exist', { issuedOn: '2026-02-30' }, 'issuedOn'],
      ['an unknown section (A16)', { sections: { gossip: '传闻' } }, 'gossip'],
      ['a rating off the scale (A16)', { rating: 'AAA+' }, 'rating'],
      ['a department commission without its id', { commissionedBy: { kind: 'department' } }, 'departmentId'],
      ['an agency id in the body', { agencyId: 'AG-17' }, 'agencyId'],
    ])('400 for %s, naming the field, appending nothing', async (_, change, field) => {
      const response = await expectRefused(store, () => http.post(reports()).set(actors.agency('AG-17')).send(report(daysAgo(3), change)), 400, 'VALIDATION_FAILED');
      expect(JSON.stringify(response.body)).toContain(field);
    });

    it('A4: 404 for an unknown subject', async () => {
      await expectRefused(store, () => http.post(reports(UNKNOWN_ORG)).set(actors.agency('AG-17')).send(report(daysAgo(3))), 404, 'SUBJECT_NOT_REGISTERED');
    });
  });

  describe('POST /subjects/{id}/credit-reports/{rpid}/uses', () => {
    it('A17, A19, A25: a department records a use for a tender, counted for its department', async () => {
      const response = await http.post(`${reports()}/${reportId}/uses`).set(actors.finance).send(TENDER).expect(201);
      expect(response.body).toMatchObject({ agencyExitedForMisconduct: false, events: [{ type: 'ReportUsed', data: { reportKind: 'credit-report', reportId, usedBy: { kind: 'department', id: 'ks-finance' }, ...TENDER } }] });
      expect(response.body.useId).toBe(response.body.events[0].data.useId);
    });

    it('A18, A19: a bank reuses the same report within its year', async () => {
      const response = await http.post(`${reports()}/${reportId}/uses`).set(actors.bank).send({ area: 'public-resources-fiscal-funds-loans-guarantees', matter: '流动资金贷款' }).expect(201);
      expect(response.body.events[0].data.usedBy).toEqual({ kind: 'bank', id: 'icbc-kunshan' });
    });

    it('A26: a use of a report whose agency later exited for misconduct is flagged (counted by default)', async () => {
      await exitAgency(store, 'AG-BAD', daysAgo(1), 'misconduct');
      const response = await http.post(`${reports(OTHER_ORG)}/${misconductReportId}/uses`).set(actors.finance).send(TENDER).expect(201);
      expect(response.body).toMatchObject({ agencyExitedForMisconduct: true, events: [{ data: { agencyExitedForMisconduct: true } }] });
    });

    it('A19: refuses a report issued more than a year ago (422 REPORT_EXPIRED)', async () => {
      const old = await http.post(reports(OTHER_ORG)).set(actors.agency('AG-17')).send(report(daysAgo(400))).expect(201);
      await expectRefused(store, () => http.post(`${reports(OTHER_ORG)}/${old.body.reportId}/uses`).set(actors.finance).send(TENDER), 422, 'REPORT_EXPIRED');
    });

    it('A17: 400 for an area outside A17 for a credit report; 404 for an unknown report; 403 for a subject', async () => {
      await expectRefused(store, () => http.post(`${reports()}/${reportId}/uses`).set(actors.finance).send({ ...TENDER, area: 'fiscal-funds-policy-loans' }), 400, 'VALIDATION_FAILED');
      await expectRefused(store, () => http.post(`${reports()}/${UNKNOWN_RECORD}/uses`).set(actors.finance).send(TENDER), 404, 'REPORT_NOT_FOUND');
      await expectRefused(store, () => http.post(`${reports()}/not-a-report/uses`).set(actors.finance).send(TENDER), 400, 'VALIDATION_FAILED');
      await expectRefused(store, () => http.post(`${reports()}/${reportId}/uses`).set(actors.org).send(TENDER), 403, 'FORBIDDEN');
      await expectRefused(store, () => http.post(`${reports()}/${reportId}/uses`).set(actors.noDepartment).send(TENDER), 403, 'FORBIDDEN');
    });

    it('A12, A14: a review report is reused the same way (reportKind review-report, by review id)', async () => {
      const review = await http.post(`/subjects/${ORG}/reviews`).set(actors.finance).send({ area: 'fiscal-funds-policy-loans', matter: '贷款贴息' }).expect(201);
      await http.post(`/subjects/${ORG}/reviews/${review.body.reviewId}/report`).set(actors.center).send({ conclusion: 'no-adverse-record', findings: [] }).expect(201);
      const use = await http.post(`${reports()}/${review.body.reviewId}/uses`).set(actors.finance).send({ reportKind: 'review-report', area: 'fiscal-funds-policy-loans', matter: '贷款贴息' }).expect(201);
      expect(use.body.events[0].data).toMatchObject({ reportKind: 'review-report', reportId: review.body.reviewId, agencyExitedForMisconduct: false });
    });
  });

  describe('GET /subjects/{id}/eligibility', () => {
    it('A17, A24: a department checking a procurement tender: its rule needs a report, the subject holds a valid one', async () => {
      const response = await http.get(eligibility()).query({ area: 'procurement-construction-land-tendering', matter: 'government-procurement-tender' }).set(actors.finance).expect(200);
      expect(response.body).toMatchObject({
        subjectId: ORG, eligible: true, missing: [],
        requirement: { source: 'department-rule', departmentId: 'ks-finance', askedBy: 'ks-finance', ruleId: 'R-TENDER', products: ['report'], mode: 'all' },
        held: { report: { reportId, agencyId: 'AG-17', flagged: false, counted: true } },
      });
    });

    it('A6, A24: a rule needing a commitment and a report: the commitment is missing', async () => {
      const response = await http.get(eligibility()).query({ area: 'public-resources-fiscal-funds-loans-guarantees', matter: 'tech-grant' }).set(actors.finance).expect(200);
      expect(response.body).toMatchObject({ eligible: false, missing: ['commitment'], held: { commitment: null } });
    });

    it('A24, docs/domain.md: a merged department\'s matters follow its successor\'s rules', async () => {
      const priceBureau = actor('department', 'officer-2', 'ks-price');
      const response = await http.get(eligibility()).query({ area: 'approval-market-access-supervision', matter: 'food-licence' }).set(priceBureau).expect(200);
      expect(response.body).toMatchObject({ eligible: true, requirement: { departmentId: 'ks-market', askedBy: 'ks-price', ruleId: 'R-LICENCE', mode: 'any' } });
    });

    it('A18: a bank is asked for the dual report: a valid review or credit report', async () => {
      const response = await http.get(eligibility()).set(actors.bank).expect(200);
      expect(response.body).toMatchObject({ eligible: true, requirement: { source: 'A18', products: ['review', 'report'], mode: 'any', thresholdFen: 1_000_000_000 } });
    });

    it('A26: a report of an agency that exited for misconduct is flagged and, by default, still counted', async () => {
      const response = await http.get(eligibility(OTHER_ORG)).set(actors.bank).expect(200);
      expect(response.body).toMatchObject({ eligible: true, countReportsOfMisconductAgencies: true, held: { report: { reportId: misconductReportId, agencyId: 'AG-BAD', flagged: true, counted: true } } });
    });

    it('A24: 404 when the department has no rule for the matter; 400 without area or matter; 400 for an unknown area', async () => {
      const none = await http.get(eligibility()).query({ area: 'other', matter: 'unruled-matter' }).set(actors.finance).expect(404);
      expect(none.body.code).toBe('ELIGIBILITY_RULE_NOT_FOUND');
      const missing = await http.get(eligibility()).query({ area: 'other' }).set(actors.finance).expect(400);
      expect(missing.body.details.field).toBe('matter');
      const unknown = await http.get(eligibility()).query({ area: 'anywhere', matter: 'x' }).set(actors.finance).expect(400);
      expect(JSON.stringify(unknown.body)).toContain('area');
    });

    it('A12, A17: only departments and banks ask (403); an unknown subject is 404', async () => {
      expect((await http.get(eligibility()).set(actors.org).expect(403)).body.code).toBe('FORBIDDEN');
      expect((await http.get(eligibility()).query({ area: 'other', matter: 'x' }).set(actors.noDepartment).expect(403)).body.code).toBe('FORBIDDEN');
      expect((await http.get(eligibility(UNKNOWN_ORG)).set(actors.bank).expect(404)).body.code).toBe('SUBJECT_NOT_REGISTERED');
    });
  });

  it('documents the report routes in OpenAPI', async () => {
    const doc = await http.get('/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/subjects/{id}/credit-reports', '/subjects/{id}/credit-reports/{rpid}/uses', '/subjects/{id}/eligibility']));
  });
});

describe('A26 configured not to count reports of agencies that exited for misconduct', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    ctx = await startTestApp({ COUNT_MISCONDUCT_AGENCY_REPORTS: 'false' });
    http = request(ctx.app.getHttpServer());
    const store = ctx.app.get<EventStore>(EVENT_STORE);
    await fileAgency(store, 'AG-BAD', '2020-05-11');
    await http.post('/subjects').set(actors.finance).send({ kind: 'organisation', uscc: ORG, name: '昆山示例有限公司' }).expect(201);
  });
  afterAll(async () => ctx.close());

  it('A26: the report is flagged, not counted, and a use of it is refused', async () => {
    const filed = await http.post(`/subjects/${ORG}/credit-reports`).set(actors.agency('AG-BAD')).send(report(daysAgo(20))).expect(201);
    await exitAgency(ctx.app.get<EventStore>(EVENT_STORE), 'AG-BAD', daysAgo(1), 'misconduct');
    const check = await http.get(`/subjects/${ORG}/eligibility`).set(actors.bank).expect(200);
    expect(check.body).toMatchObject({ eligible: false, missing: ['review', 'report'], countReportsOfMisconductAgencies: false, held: { report: { flagged: true, counted: false } } });
    await expectRefused(ctx.app.get<EventStore>(EVENT_STORE), () => http.post(`/subjects/${ORG}/credit-reports/${filed.body.reportId}/uses`).set(actors.bank).send({ area: 'other', matter: '流动资金贷款' }), 422, 'REPORT_AGENCY_EXITED_FOR_MISCONDUCT');
  });
});
