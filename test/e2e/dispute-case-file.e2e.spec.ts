import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { SUBJECT_EVENT_CATALOGUE } from '../../domain/subject/events.js';
import { actor } from '../support/actors.js';
import { startTestApp } from '../support/test-app.js';
import { ORG, caughtUp, center, housing, http, recordBreach, registerOrganisation, subjectActor, type TestApp } from './records-fixture.js';

const auditor = actor('auditor', 'auditor-1');
const creditOffice = actor('credit-office', 'office-1');
/** A9: general, 12 months from 2026-11-20 → disclosed through 2027-11-20. */
const generalBreach = (basisDocument: string) => ({ breachClass: 'general', basisDocument, decisionDate: '2026-11-20', disclosureMonths: 12, summary: '未按承诺补齐材料' });
const endOf = (date: string) => `${date}T23:59:59.999+08:00`;
type Step = { step: string; status: string; dueAt: string | null; workingDaysAllowed: number; workingDaysLeft: number | null; metAt: string | null; late: boolean | null };
const stepNamed = (steps: Step[], name: string) => steps.find((s) => s.step === name)!;

/**
 * The investigator's case file on three disputes built through the deciders over HTTP (ManualClock):
 * filed Wednesday 2026-12-02 10:00 (center decides by 12-09, forwards by 12-04: SH-SCR 36–38 counted
 * as A11 counts), read on Monday 2026-12-14 09:00.
 */
describe('the dispute case file: deadlines step by step in working days, and the public disclosure before and after the decision (real app, SQLite, manual clock)', () => {
  let ctx: TestApp;
  let open: string;
  let corrected: string;
  let rejected: string;
  let revoked: string;
  const caseFile = async (oid: string, as: Record<string, string> = creditOffice) => (await http(ctx).get(`/disputes/${oid}`).set(as).set(await caughtUp(ctx)).expect(200)).body;
  const file = async (breachId: string) =>
    (await http(ctx).post(`/subjects/${ORG}/objections`).set(subjectActor(ORG)).send({ target: { kind: 'breach', id: breachId }, reason: '处罚决定已被撤销' }).expect(201)).body.objectionId as string;
  const decide = (oid: string, by: Record<string, string>, body: object) => http(ctx).post(`/objections/${oid}/decision`).set(by).send(body).expect(200);

  beforeAll(async () => {
    ctx = await startTestApp(); // 2026-12-02T10:00+08:00
    await registerOrganisation(ctx, ORG);
    const objections: string[] = [];
    for (const n of [1, 2, 3, 4]) objections.push(await file(await recordBreach(ctx, ORG, housing, generalBreach(`昆住建罚〔2026〕${n}号`))));
    [open, corrected, rejected, revoked] = objections as [string, string, string, string];
    ctx.clock.set('2026-12-03T10:00:00+08:00');
    await http(ctx).post(`/objections/${corrected}/forward`).set(center).send({ toDepartmentId: 'ks-housing' }).expect(200);
    ctx.clock.set('2026-12-04T15:00:00+08:00');
    await decide(corrected, housing, { outcome: 'corrected', correction: { disclosureMonths: 6 } });
    await decide(rejected, center, { outcome: 'rejected', reasons: '经核实，记录准确' });
    await decide(revoked, center, { outcome: 'corrected', correction: {}, revokesRecord: true });
    ctx.clock.set('2026-12-14T09:00:00+08:00');
  });
  afterAll(async () => ctx.close());

  it('SH-SCR 36–38, A11: an open overdue objection: dueNext is the center\'s decision, 3 working days overdue (12-10, 12-11, 12-14); the forward is late, the department waits', async () => {
    const body = await caseFile(open, auditor);
    expect(body.asOf).toBe('2026-12-14T09:00:00.000+08:00');
    expect(body.dueNext).toEqual({ step: 'center-decision', dueAt: endOf('2026-12-09'), workingDaysLeft: -3 });
    expect(body.deadlineSteps).toEqual([
      { step: 'forward', status: 'running', dueAt: endOf('2026-12-04'), workingDaysAllowed: 2, workingDaysLeft: -6, metAt: null, late: true },
      { step: 'center-decision', status: 'running', dueAt: endOf('2026-12-09'), workingDaysAllowed: 5, workingDaysLeft: -3, metAt: null, late: true },
      { step: 'department-decision', status: 'waiting', dueAt: null, workingDaysAllowed: 5, workingDaysLeft: null, metAt: null, late: null },
    ]);
    // The instants kept as they were (other clients read them), and the same as the public calendar's count from the filing.
    expect(body.deadlines).toEqual({ forwardDueAt: endOf('2026-12-04'), centerDueAt: endOf('2026-12-09'), departmentDueAt: null });
    const calendar = await http(ctx).get('/calendar/deadline').query({ from: body.filedAt, workingDays: 5 }).expect(200);
    expect(calendar.body.dueAt).toBe(stepNamed(body.deadlineSteps, 'center-decision').dueAt);
  });

  it('A9: before a decision, beforeDecision is today\'s public entry (as GET /disclosures shows it, under objection) and afterDecision is null', async () => {
    const body = await caseFile(open);
    const listed = (await http(ctx).get('/disclosures').set(await caughtUp(ctx)).expect(200)).body.items.find((d: { breachId: string }) => d.breachId === body.target.id);
    const { subject: _subject, ...publicEntry } = listed;
    expect(body.disclosure).toMatchObject({ beforeDecision: publicEntry, afterDecision: null, afterRevision: null, onDate: '2026-12-14' });
    expect(body.disclosure.beforeDecision).toMatchObject({ breachClass: 'general', disclosedThrough: '2027-11-20', underObjection: true });
  });

  it('A9, SH-SCR art. 37: a forwarded objection corrected by the department: disclosure before 12 months (to 2027-11-20), after 6 (to 2027-05-20); the steps met on time', async () => {
    const body = await caseFile(corrected);
    expect(body.dueNext).toBeNull();
    expect(body.deadlineSteps).toEqual([
      { step: 'forward', status: 'met', dueAt: endOf('2026-12-04'), workingDaysAllowed: 2, workingDaysLeft: null, metAt: '2026-12-03T10:00:00.000+08:00', late: false },
      { step: 'center-decision', status: 'not-needed', dueAt: endOf('2026-12-09'), workingDaysAllowed: 5, workingDaysLeft: null, metAt: null, late: null },
      { step: 'department-decision', status: 'met', dueAt: endOf('2026-12-10'), workingDaysAllowed: 5, workingDaysLeft: null, metAt: '2026-12-04T15:00:00.000+08:00', late: false },
    ]);
    const { beforeDecision, afterDecision, beforeRevision, afterRevision, onDate } = body.disclosure;
    expect(beforeDecision).toMatchObject({ breachId: body.target.id, breachClass: 'general', departmentId: 'ks-housing', decisionDate: '2026-11-20', disclosedThrough: '2027-11-20', underObjection: true });
    expect(afterDecision).toEqual({ ...beforeDecision, disclosedThrough: '2027-05-20', underObjection: false });
    expect(onDate).toBe('2026-12-04');
    // The revisions name the auditor's time travel: the state there has the breach at 12, then at 6 months with the correction.
    const state = async (revision: number) => (await http(ctx).get(`/subjects/${ORG}/state`).query({ revision, section: 'objections', limit: 100 }).set(auditor).expect(200)).body;
    const objectionAt = async (revision: number) => (await state(revision)).items.find((item: { id: string }) => item.id === corrected).record;
    expect((await objectionAt(beforeRevision)).decision).toBeNull();
    expect((await objectionAt(afterRevision)).decision).toMatchObject({ outcome: 'corrected' });
  });

  it('SH-SCR art. 38: an objection the center rejected: the entry is the same before and after, but for the objection mark it clears; forward and department steps not needed', async () => {
    const body = await caseFile(rejected);
    expect(body.dueNext).toBeNull();
    expect(body.deadlineSteps.map((s: Step) => [s.step, s.status, s.late])).toEqual([['forward', 'not-needed', null], ['center-decision', 'met', false], ['department-decision', 'not-needed', null]]);
    const { beforeDecision, afterDecision } = body.disclosure;
    expect(beforeDecision).toMatchObject({ disclosedThrough: '2027-11-20', underObjection: true });
    expect(afterDecision).toEqual({ ...beforeDecision, underObjection: false });
  });

  it('A9 (docs/domain.md): a breach revoked on objection is disclosed before the decision and not after it (afterDecision null)', async () => {
    const body = await caseFile(revoked);
    expect(body.disclosure.beforeDecision).toMatchObject({ disclosedThrough: '2027-11-20', underObjection: true });
    expect(body.disclosure.afterDecision).toBeNull();
  });

  it('every event entry of the case file and of the record\'s history names the articles of its type in the event catalogue', async () => {
    const body = await caseFile(corrected);
    const articles = (type: string) => SUBJECT_EVENT_CATALOGUE.find((spec) => spec.type === type)!.articles;
    expect(body.events.map((e: { type: string }) => e.type)).toEqual(['ObjectionFiled', 'ObjectionForwarded', 'ObjectionDecided', 'RecordCorrected']);
    for (const entry of [...body.events, ...body.record.events]) expect({ type: entry.type, articles: entry.articles }).toEqual({ type: entry.type, articles: articles(entry.type) });
    expect(body.record.events.find((e: { type: string }) => e.type === 'BreachRecorded').articles).toContain('A9');
  });
});
