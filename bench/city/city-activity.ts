/**
 * What a subject of the city does over the years, planned with the demo's steps (the commands as
 * the service's handlers build them) on cheap calendar days: commitments and their follow-up
 * checks (A6–A9), reviews — most reported on time, some late, some never (A10–A14) — credit
 * reports from filed agencies with their uses and loan checks (A15–A20, A26), breaches of every
 * class (A9) with their aftermath (city-aftermath.ts). The shape follows the demo's everyday mix
 * (plan-activity.ts).
 */
import { REPORT_AREAS, REVIEW_AREAS } from '../../domain/department/areas.js';
import type { WorkingDayCalendar } from '../../domain/rules/calendar/working-day-calendar.js';
import { REVIEW_WORKING_DAYS, workingDayDeadline } from '../../domain/rules/deadlines.js';
import { DISCLOSURE_BOUNDS, type BreachClass } from '../../domain/rules/disclosure.js';
import { BANKS } from '../../src/demo/demo-actors.js';
import type { DemoPlan } from '../../src/demo/demo-plan.js';
import type { DemoSubject } from '../../src/demo/demo-subjects.js';
import { at, dateOf, officeHours } from '../../src/demo/demo-time.js';
import { ACTIVE_DEPARTMENTS, type DemoAgency } from '../../src/demo/plan-institutions.js';
import * as step from '../../src/demo/subject-steps.js';
import { aftermath } from './city-aftermath.js';
import { addDays, randomDate, weekday } from './city-days.js';

const RATINGS = ['AAA', 'AA+', 'AA', 'AA-', 'A+', 'A', 'A-', 'BBB+', 'BBB', 'BB', 'B'];
const MATTERS = ['专项资金申报', '政府采购投标', '资质认定', '评优评先', '项目审批', '土地招拍挂', '政策性贷款贴息'];
const SANCTIONING = ['ks-market', 'ks-env', 'ks-safety', 'ks-housing', 'ks-hrss', 'ks-tax', 'ks-transport'];
const SUMMARIES = ['未按规定履行行政处罚决定', '拖欠农民工工资', '未按期报送年度报告', '产品质量抽检不合格', '违规排放污染物', '未落实安全生产主体责任'];
const COMMITMENT_KINDS = ['approval-replacing', 'voluntary-public', 'industry-self-discipline'] as const;

export interface CityContext {
  readonly plan: DemoPlan;
  readonly agencies: readonly DemoAgency[];
  readonly calendar: WorkingDayCalendar;
  /** A18 threshold in force (configuration). */
  readonly loanThresholdFen: number;
  /** A11 due dates by receipt date (the deadline depends on the day only). */
  readonly reviewDueDates: Map<string, string>;
}

export interface ActivityMix {
  readonly commitments: number;
  readonly reviews: number;
  readonly creditReports: number;
  readonly loanChecks: number;
  readonly breaches: number;
  /** Share of follow-up checks that find a breach (A9); default 12%. */
  readonly checkBreachRate?: number;
}

/** A draw of a subject's mix: ≈ 10 events per subject overall, organisations busier than persons. */
export function drawMix(plan: DemoPlan, kind: DemoSubject['kind']): ActivityMix {
  const { rng } = plan;
  const organisation = kind === 'organisation';
  return {
    commitments: rng.int(0, organisation ? 6 : 4),
    reviews: rng.int(0, organisation ? 4 : 3),
    creditReports: organisation ? rng.int(0, 3) : 0,
    loanChecks: rng.chance(organisation ? 0.5 : 0.25) ? 1 : 0,
    breaches: rng.chance(organisation ? 0.35 : 0.15) ? rng.int(1, 2) : 0,
  };
}

export function planCityActivity(ctx: CityContext, subject: DemoSubject, mix: ActivityMix): void {
  const start = addDays(dateOf(subject.registeredAt), 3);
  for (let i = 0; i < mix.commitments; i++) commitmentWithCheck(ctx, subject, start, mix.checkBreachRate ?? 0.12);
  for (let i = 0; i < mix.reviews; i++) review(ctx, subject, start);
  for (let i = 0; i < mix.creditReports; i++) creditReport(ctx, subject, start);
  for (let i = 0; i < mix.loanChecks; i++) loanCheck(ctx, subject, start);
  for (let i = 0; i < mix.breaches; i++) breachWithAftermath(ctx.plan, subject, start);
}

/** A9: every class; minor ones sometimes undisclosed (0 months). */
function randomBreach(plan: DemoPlan, decisionDate: string, summary: string): step.Breach {
  const roll = plan.rng.next();
  const breachClass: BreachClass = roll < 0.4 ? 'minor' : roll < 0.85 ? 'general' : 'serious';
  const { minMonths, maxMonths } = DISCLOSURE_BOUNDS[breachClass];
  return { breachClass, months: plan.rng.int(minMonths, maxMonths), decisionDate, summary };
}

/** A6–A9: a commitment, checked at its follow-up date (mostly kept, some breached). */
function commitmentWithCheck(ctx: CityContext, subject: DemoSubject, start: string, breachRate: number): void {
  const { plan } = ctx;
  const made = officeHours(plan.rng, randomDate(plan.rng, start, plan.today));
  if (!plan.happened(made)) return;
  const departmentId = plan.rng.pick(ACTIVE_DEPARTMENTS);
  const followUp = weekday(addDays(dateOf(made), plan.rng.int(45, 150)));
  const thread = plan.thread(made);
  const commitmentId = step.makeCommitment(plan, subject, {
    at: made, kind: plan.rng.pick(COMMITMENT_KINDS), departmentId, matter: `${plan.rng.pick(MATTERS)}信用承诺`, followUpCheckOn: followUp, bySubject: plan.rng.chance(0.3),
  }, thread);
  const checkedAt = at(followUp, 10, plan.rng.int(0, 59));
  if (!plan.happened(checkedAt) || !plan.rng.chance(0.85)) return;
  const breach = plan.rng.chance(breachRate) ? randomBreach(plan, followUp, '未履行信用承诺事项') : null;
  checkCommitment(ctx, subject, checkedAt, commitmentId, departmentId, breach, thread);
}

function checkCommitment(ctx: CityContext, subject: DemoSubject, checkedAt: string, commitmentId: string, departmentId: string, breach: step.Breach | null, thread: ReturnType<DemoPlan['thread']>): void {
  const breachId = step.checkCommitment(ctx.plan, subject, checkedAt, commitmentId, departmentId, breach, thread);
  if (breachId !== null && breach !== null) aftermath(ctx.plan, subject, checkedAt, breachId, departmentId, breach);
}

function reviewDueDate(ctx: CityContext, requestedOn: string): string {
  let due = ctx.reviewDueDates.get(requestedOn);
  if (due === undefined) {
    due = workingDayDeadline(ctx.calendar, at(requestedOn, 10), REVIEW_WORKING_DAYS).dueDate;
    ctx.reviewDueDates.set(requestedOn, due);
  }
  return due;
}

/** A10–A14: most reports within 5 working days, some late, a few never (overdue); some reports used. */
function review(ctx: CityContext, subject: DemoSubject, start: string): void {
  const { plan } = ctx;
  const requested = officeHours(plan.rng, randomDate(plan.rng, start, plan.today));
  if (!plan.happened(requested)) return;
  const departmentId = plan.rng.pick(ACTIVE_DEPARTMENTS);
  const area = plan.rng.pick(REVIEW_AREAS);
  const thread = plan.thread(requested);
  const reviewId = step.requestReview(plan, subject, requested, plan.rng.chance(0.6) ? 'department' : 'subject', departmentId, area, plan.rng.pick(MATTERS), thread);
  if (plan.rng.chance(0.02)) return; // never reported on: overdue (A11)
  const dueDate = reviewDueDate(ctx, dateOf(requested));
  const issuedOn = plan.rng.chance(0.85) ? randomDate(plan.rng, addDays(dateOf(requested), 1), dueDate) : weekday(addDays(dueDate, plan.rng.int(1, 6)));
  const issued = officeHours(plan.rng, issuedOn);
  if (!plan.happened(issued) || issued <= requested) return;
  step.issueReviewReport(plan, subject, issued, reviewId, plan.rng.chance(0.9) ? 'no-adverse-record' : 'adverse-record-found', thread);
  const used = officeHours(plan.rng, weekday(addDays(issuedOn, plan.rng.int(1, 40))));
  if (plan.rng.chance(0.5) && plan.happened(used)) {
    step.useReport(plan, subject, used, { kind: 'review-report', id: reviewId, agencyId: null }, { kind: 'department', id: departmentId }, area, plan.rng.pick(MATTERS));
  }
}

/** A15–A20, A26: a report by an agency in force on its issue date, then uses and a large loan check while valid. */
function creditReport(ctx: CityContext, subject: DemoSubject, start: string): void {
  const { plan } = ctx;
  const issuedOn = randomDate(plan.rng, start, addDays(plan.today, -4));
  const agency = plan.rng.pick(ctx.agencies.filter((a) => a.issuesBefore === null || issuedOn < a.issuesBefore));
  const filed = officeHours(plan.rng, weekday(addDays(issuedOn, plan.rng.int(1, 3))));
  if (!plan.happened(filed)) return;
  const commissionedBy = plan.rng.chance(0.3) ? plan.rng.pick(ACTIVE_DEPARTMENTS) : null;
  const reportId = step.fileCreditReport(plan, subject, filed, agency.agencyId, issuedOn, plan.rng.pick(RATINGS), commissionedBy);
  const report = { kind: 'credit-report' as const, id: reportId, agencyId: agency.agencyId };
  // A19: used only within the year of validity.
  const whileValid = (days: number) => {
    const instant = officeHours(plan.rng, weekday(addDays(dateOf(filed), days)));
    return plan.happened(instant) && dateOf(instant) < addDays(issuedOn, 360) ? instant : null;
  };
  const departmentUse = whileValid(plan.rng.int(2, 120));
  if (departmentUse && plan.rng.chance(0.7)) {
    step.useReport(plan, subject, departmentUse, report, { kind: 'department', id: commissionedBy ?? plan.rng.pick(ACTIVE_DEPARTMENTS) }, plan.rng.pick(REPORT_AREAS), plan.rng.pick(MATTERS));
  }
  const bank = plan.rng.pick(BANKS);
  const bankUse = whileValid(plan.rng.int(2, 200));
  if (bankUse && plan.rng.chance(0.4)) {
    step.useReport(plan, subject, bankUse, report, { kind: 'bank', id: bank }, 'public-resources-fiscal-funds-loans-guarantees', '流动资金贷款授信');
    step.recordLoanCheck(plan, subject, bankUse, bank, Math.ceil((ctx.loanThresholdFen * plan.rng.int(2, 8)) / 2), { kind: 'credit-report', reportId, agencyId: agency.agencyId });
  }
}

/** A18: below the threshold, the PBOC reference alone. */
function loanCheck(ctx: CityContext, subject: DemoSubject, start: string): void {
  const { plan } = ctx;
  const when = officeHours(plan.rng, randomDate(plan.rng, start, plan.today));
  if (plan.happened(when)) step.recordLoanCheck(plan, subject, when, plan.rng.pick(BANKS), Math.floor(ctx.loanThresholdFen / plan.rng.int(3, 20)), null);
}

/** A9: a breach recorded by the sanctioning department two days after its decision, then perhaps its aftermath. */
function breachWithAftermath(plan: DemoPlan, subject: DemoSubject, start: string): void {
  const decisionDate = randomDate(plan.rng, start, addDays(plan.today, -5));
  const recordedAt = at(weekday(addDays(decisionDate, 2)), 10, plan.rng.int(0, 59));
  if (!plan.happened(recordedAt)) return;
  const departmentId = plan.rng.pick(SANCTIONING);
  const breach = randomBreach(plan, decisionDate, plan.rng.pick(SUMMARIES));
  const breachId = step.recordBreach(plan, subject, recordedAt, departmentId, breach, plan.thread(recordedAt));
  aftermath(plan, subject, recordedAt, breachId, departmentId, breach);
}
