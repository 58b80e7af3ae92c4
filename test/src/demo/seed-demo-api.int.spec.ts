import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DateTime } from 'luxon';
import request from 'supertest';
import { loadConfig } from '../../../src/config/app-config.js';
import { createApp } from '../../../src/create-app.js';
import { EVENT_STORE, type EventStore } from '../../../src/event-store/event-store.port.js';
import { ProjectionHost } from '../../../src/projections/projection-host.js';
import { TEST_JWT_SECRET, actor } from '../../support/actors.js';
import { ManualClock, TEST_NOW } from '../../support/clocks.js';
import { tempDir } from '../../support/temp-dir.js';
import { AT_TODAY, TODAY, seedDemo } from './seed-demo-process.js';

/** The query endpoints a newcomer opens first, answered from the demo data by the real app. */
describe('npm run seed:demo, then the HTTP API on the seeded directory (on the test clock at TEST_NOW)', () => {
  const dir = tempDir('credit-ledger-seed-demo-api-');
  let app: NestExpressApplication;
  const http = () => request(app.getHttpServer());
  const creditOffice = actor('credit-office', 'office-1');
  const center = actor('center', 'center-1');
  /** The `<subjectId>.<uuidV7>` shape of /objections/{oid} and /repairs/{rpid}. */
  const SCOPED_ID = /^([0-9A-HJ-NPQRTUWXY]{18}|P[0-9A-F]{32})\.[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  beforeAll(async () => {
    expect((await seedDemo(dir.path, AT_TODAY)).code).toBe(0);
    app = await createApp(loadConfig({ DATA_DIR: dir.path, SQLITE_SYNCHRONOUS: 'NORMAL', JWT_SECRET: TEST_JWT_SECRET }), { logger: false, clock: ManualClock.at(TEST_NOW) });
    await app.init();
    const head = await app.get<symbol, EventStore>(EVENT_STORE).headPosition();
    expect(await app.get(ProjectionHost).waitFor(head, 60_000)).toBe(true);
  }, 150_000);
  afterAll(async () => {
    await app?.close();
    dir.remove();
  });

  it('A9, A28: /disclosures lists breaches disclosed today, a person\'s under a masked name, one marked under objection', async () => {
    const { body } = await http().get('/disclosures?limit=100').expect(200);
    expect(body.items.length).toBeGreaterThan(3);
    const persons = body.items.filter((d: { subject: { kind: string } }) => d.subject.kind === 'person');
    expect(persons.length).toBeGreaterThan(0);
    for (const person of persons) expect(person.subject.name).toMatch(/^[^*]+\*+$/);
    expect(body.items.some((d: { underObjection: boolean }) => d.underObjection)).toBe(true);
    for (const d of body.items) expect(d.decisionDate <= TODAY && TODAY <= d.disclosedThrough).toBe(true);
  });

  it('A11: open reviews are overdue and due within 10 days, against the time of the query', async () => {
    expect((await http().get('/reviews/overdue').set(creditOffice).expect(200)).body.items.length).toBeGreaterThanOrEqual(2);
    const dueSoon = (await http().get('/reviews/due-soon?days=10').set(creditOffice).expect(200)).body.items;
    expect(dueSoon.length).toBeGreaterThan(0);
  });

  it('the oversight lists name each item\'s subject: an organisation by the name it registered under, a person never (A28)', async () => {
    const auditor = actor('auditor', 'auditor-1');
    for (const path of ['/reviews/overdue', '/reviews/due-soon?days=10', '/reports/expiring?days=30', '/objections/overdue']) {
      const { body } = await http().get(path).set(creditOffice).expect(200);
      expect(body.items.length).toBeGreaterThan(0);
      for (const item of body.items as { subjectId: string }[]) {
        const label = body.subjects[item.subjectId];
        const registration = (await http().get(`/subjects/${item.subjectId}/state?revision=0`).set(auditor).expect(200)).body.state.registration;
        expect({ path, label }).toEqual({ path, label: { kind: registration.kind, name: registration.kind === 'organisation' ? registration.name : null } });
      }
    }
  });

  it('A14, A19: reports expiring within 30 days; such a subject\'s status shows a valid report now', async () => {
    const expiring = (await http().get('/reports/expiring?days=30').set(creditOffice).expect(200)).body.items;
    expect(expiring.length).toBeGreaterThanOrEqual(2);
    expect(new Set(expiring.map((r: { kind: string }) => r.kind))).toEqual(new Set(['review-report', 'credit-report']));
    const credit = expiring.find((r: { kind: string }) => r.kind === 'credit-report');
    const status = (await http().get(`/subjects/${credit.subjectId}/status`).set(creditOffice).expect(200)).body;
    expect(status.validCreditReports.map((r: { reportId: string }) => r.reportId)).toContain(credit.id);
  });

  it('SH-SCR 36–38, A9, A11: the seeded disputes\' case files: the open one overdue at the center\'s step, the corrected one disclosed 12 months before and 6 after, the rejected one unchanged but for the objection mark', async () => {
    const caseFile = async (oid: string) => (await http().get(`/disputes/${oid}`).set(creditOffice).expect(200)).body;
    const [open] = (await http().get('/objections/overdue').set(creditOffice).expect(200)).body.items;
    const openFile = await caseFile(open.objectionId);
    expect(openFile.dueNext).toMatchObject({ step: 'center-decision', dueAt: open.centerDueAt });
    expect(openFile.dueNext.workingDaysLeft).toBeLessThan(0);
    expect(openFile.disclosure).toMatchObject({ beforeDecision: { underObjection: true }, afterDecision: null });

    // The showcase disputes, found by their breaches on the public list (plan-showcases.ts).
    const disclosed = (await http().get('/disclosures?limit=100').expect(200)).body.items as { breachId: string; subject: { uscc: string }; departmentId: string; decisionDate: string }[];
    const decidedOn = async (departmentId: string, decisionDate: string) => {
      const breach = disclosed.find((d) => d.departmentId === departmentId && d.decisionDate === decisionDate)!;
      const objections = (await http().get(`/subjects/${breach.subject.uscc}/objections`).set(creditOffice).expect(200)).body.items as { objectionId: string; target: { id: string } }[];
      return caseFile(objections.find((o) => o.target.id === breach.breachId)!.objectionId);
    };
    const corrected = await decidedOn('ks-market', '2026-07-01');
    expect(corrected).toMatchObject({ outcome: 'corrected', dueNext: null });
    expect(corrected.disclosure.beforeDecision).toMatchObject({ breachClass: 'general', disclosedThrough: '2027-07-01', underObjection: true });
    expect(corrected.disclosure.afterDecision).toEqual({ ...corrected.disclosure.beforeDecision, disclosedThrough: '2027-01-01', underObjection: false });
    const rejected = await decidedOn('ks-env', '2025-05-20');
    expect(rejected).toMatchObject({ outcome: 'rejected', dueNext: null });
    expect(rejected.disclosure.afterDecision).toEqual({ ...rejected.disclosure.beforeDecision, underObjection: false });
    expect(rejected.disclosure.beforeDecision).toMatchObject({ breachClass: 'serious', underObjection: true });
  });

  it('SH-SCR art. 36: the open objection is overdue, its id usable on /objections/{oid}/…', async () => {
    const overdue = (await http().get('/objections/overdue').set(creditOffice).expect(200)).body.items;
    expect(overdue.length).toBe(1);
    expect(overdue[0].objectionId).toMatch(SCOPED_ID);
    expect(overdue[0].objectionId.startsWith(`${overdue[0].subjectId}.`)).toBe(true);
    // Decided late by the center over the public route: the scoped id is accepted.
    await http().post(`/objections/${overdue[0].objectionId}/decision`).set(center).send({ outcome: 'rejected', reasons: '经核实，处罚决定事实清楚' }).expect(200);
  });

  it('A25: the credit office reads ks-finance\'s usage in the year of its latest review request', async () => {
    const dueSoon = (await http().get('/reviews/due-soon?days=10').set(creditOffice).expect(200)).body.items;
    const finance = dueSoon.find((r: { forDepartmentId: string | null }) => r.forDepartmentId === 'ks-finance');
    expect(finance).toBeDefined();
    const year = DateTime.fromISO(finance.receivedAt, { setZone: true }).year;
    const usage = (await http().get(`/departments/ks-finance/usage?year=${year}`).set(creditOffice).expect(200)).body;
    expect(usage.own.reviewsRequested).toBeGreaterThan(0);
  });

  it('an auditor replays a subject to a business date before its credit report and gets an earlier revision', async () => {
    const credit = (await http().get('/reports/expiring?days=30').set(creditOffice).expect(200)).body.items.find((r: { kind: string }) => r.kind === 'credit-report');
    const asOf = DateTime.fromISO(credit.issuedAt, { setZone: true }).minus({ days: 1 }).toISO()!;
    const now = (await http().get(`/subjects/${credit.subjectId}/state`).set(creditOffice).expect(200)).body;
    const then = (await http().get(`/subjects/${credit.subjectId}/state`).set(creditOffice).query({ asOf }).expect(200)).body;
    expect(then.revision).toBeGreaterThanOrEqual(0); // registered in 2025
    expect(then.revision).toBeLessThan(now.revision);
    expect(then.recordedAt <= asOf).toBe(true);
    expect(JSON.stringify(then.state)).not.toContain(credit.id);
    expect(JSON.stringify(now.state)).toContain(credit.id);
  });
});
