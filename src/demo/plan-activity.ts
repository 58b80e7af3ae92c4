/**
 * Everyday use of the credit products by a subject, drawn from the seeded generator: commitments
 * and their checks (A6–A9), reviews (A10–A14), credit reports and their uses (A15–A19), loan
 * checks (A18) and the odd breach (A9). Every date respects the order the rules require.
 */
import { REPORT_AREAS, REVIEW_AREAS } from '../../domain/department/areas.js';
import type { WorkingDayCalendar } from '../../domain/rules/calendar/working-day-calendar.js';
import { REVIEW_WORKING_DAYS, workingDayDeadline } from '../../domain/rules/deadlines.js';
import { BANKS } from './demo-actors.js';
import type { DemoPlan } from './demo-plan.js';
import type { DemoSubject } from './demo-subjects.js';
import { addDays, at, dateOf, officeHours, randomDate, weekday } from './demo-time.js';
import { ACTIVE_DEPARTMENTS, type DemoAgency } from './plan-institutions.js';
import { type Breach, checkCommitment, fileCreditReport, issueReviewReport, makeCommitment, recordBreach, recordLoanCheck, requestReview, useReport } from './subject-steps.js';

export interface ActivityContext {
  readonly plan: DemoPlan;
  readonly agencies: readonly DemoAgency[];
  readonly calendar: WorkingDayCalendar;
  /** A18 threshold in force (configuration). */
  readonly loanThresholdFen: number;
}

const RATINGS = ['AAA', 'AA+', 'AA', 'AA-', 'A+', 'A', 'A-', 'BBB+', 'BBB', 'BB', 'B'];
const MATTERS = ['专项资金申报', '政府采购投标', '资质认定', '评优评先', '项目审批', '土地招拍挂', '政策性贷款贴息'];
const SANCTIONING = ['ks-market', 'ks-env', 'ks-safety', 'ks-housing', 'ks-hrss', 'ks-tax', 'ks-transport'];

export function planActivity(ctx: ActivityContext, subject: DemoSubject): void {
  const { plan } = ctx;
  const today = plan.today;
  const start = addDays(dateOf(subject.registeredAt), 3);
  if (plan.rng.chance(0.55)) commitmentWithCheck(ctx, subject, start);
  if (plan.rng.chance(0.4)) review(ctx, subject, start);
  if (subject.kind === 'organisation' && plan.rng.chance(0.3)) creditReport(ctx, subject, start);
  if (plan.rng.chance(0.12)) {
    const when = officeHours(plan.rng, randomDate(plan.rng, start, today));
    if (plan.happened(when)) recordLoanCheck(plan, subject, when, plan.rng.pick(BANKS), Math.floor(ctx.loanThresholdFen / plan.rng.int(3, 20)), null);
  }
  if (plan.rng.chance(0.08)) {
    const decisionDate = randomDate(plan.rng, start, addDays(today, -5));
    recordBreach(plan, subject, at(addDays(decisionDate, 2), 10), plan.rng.pick(SANCTIONING), randomBreach(ctx, decisionDate, '未按规定履行行政处罚决定'));
  }
}

function randomBreach(ctx: ActivityContext, decisionDate: string, summary: string): Breach {
  const { rng } = ctx.plan;
  const roll = rng.next();
  if (roll < 0.45) return { breachClass: 'minor', months: rng.int(0, 3), decisionDate, summary };
  if (roll < 0.9) return { breachClass: 'general', months: rng.int(3, 12), decisionDate, summary };
  return { breachClass: 'serious', months: rng.int(12, 36), decisionDate, summary };
}

function commitmentWithCheck(ctx: ActivityContext, subject: DemoSubject, start: string): void {
  const { plan } = ctx;
  const made = officeHours(plan.rng, randomDate(plan.rng, start, '2026-10-30'));
  const departmentId = plan.rng.pick(ACTIVE_DEPARTMENTS);
  const followUp = weekday(addDays(dateOf(made), plan.rng.int(45, 150)));
  const kind = plan.rng.pick(['approval-replacing', 'voluntary-public', 'industry-self-discipline'] as const);
  const thread = plan.thread(made);
  const commitmentId = makeCommitment(plan, subject, { at: made, kind, departmentId, matter: `${plan.rng.pick(MATTERS)}信用承诺`, followUpCheckOn: followUp, bySubject: plan.rng.chance(0.3) }, thread);
  const checkedAt = at(followUp, 10, plan.rng.int(0, 59));
  if (!plan.happened(checkedAt) || !plan.rng.chance(0.8)) return;
  const breach = plan.rng.chance(0.15) ? randomBreach(ctx, followUp, '未履行信用承诺事项') : null;
  checkCommitment(plan, subject, checkedAt, commitmentId, departmentId, breach, thread);
}

/** A11: most reports within 5 working days, some late, a few still open. */
function review(ctx: ActivityContext, subject: DemoSubject, start: string): void {
  const { plan } = ctx;
  const requested = officeHours(plan.rng, randomDate(plan.rng, start, plan.today));
  if (!plan.happened(requested)) return;
  const departmentId = plan.rng.pick(ACTIVE_DEPARTMENTS);
  const area = plan.rng.pick(REVIEW_AREAS);
  const thread = plan.thread(requested);
  const reviewId = requestReview(plan, subject, requested, plan.rng.chance(0.6) ? 'department' : 'subject', departmentId, area, plan.rng.pick(MATTERS), thread);
  const { dueDate } = workingDayDeadline(ctx.calendar, requested, REVIEW_WORKING_DAYS);
  const issuedOn = plan.rng.chance(0.82) ? randomDate(plan.rng, addDays(dateOf(requested), 1), dueDate) : weekday(addDays(dueDate, plan.rng.int(1, 6)));
  const issued = officeHours(plan.rng, issuedOn);
  if (!plan.happened(issued) || issued <= requested) return;
  issueReviewReport(plan, subject, issued, reviewId, plan.rng.chance(0.9) ? 'no-adverse-record' : 'adverse-record-found', thread);
  const used = officeHours(plan.rng, weekday(addDays(issuedOn, plan.rng.int(1, 40))));
  if (plan.rng.chance(0.4) && plan.happened(used)) useReport(plan, subject, used, { kind: 'review-report', id: reviewId, agencyId: null }, { kind: 'department', id: departmentId }, area, plan.rng.pick(MATTERS));
}

/** A15–A20: a report by an agency in force on its issue date, then uses and a large loan check while valid. */
function creditReport(ctx: ActivityContext, subject: DemoSubject, start: string): void {
  const { plan } = ctx;
  const issuedOn = randomDate(plan.rng, start, addDays(plan.today, -4));
  const candidates = ctx.agencies.filter((a) => a.issuesBefore === null || issuedOn < a.issuesBefore);
  const agency = plan.rng.pick(candidates);
  const filed = officeHours(plan.rng, weekday(addDays(issuedOn, plan.rng.int(1, 3))));
  if (!plan.happened(filed)) return;
  const commissionedBy = plan.rng.chance(0.3) ? plan.rng.pick(ACTIVE_DEPARTMENTS) : null;
  const reportId = fileCreditReport(plan, subject, filed, agency.agencyId, issuedOn, plan.rng.pick(RATINGS), commissionedBy);
  const report = { kind: 'credit-report' as const, id: reportId, agencyId: agency.agencyId };
  // A19: used only within the year of validity.
  const whileValid = (days: number) => {
    const instant = officeHours(plan.rng, weekday(addDays(dateOf(filed), days)));
    return plan.happened(instant) && dateOf(instant) < addDays(issuedOn, 360) ? instant : null;
  };
  const departmentUse = whileValid(plan.rng.int(2, 120));
  if (departmentUse && plan.rng.chance(0.6)) {
    useReport(plan, subject, departmentUse, report, { kind: 'department', id: commissionedBy ?? plan.rng.pick(ACTIVE_DEPARTMENTS) }, plan.rng.pick(REPORT_AREAS), plan.rng.pick(MATTERS));
  }
  const bank = plan.rng.pick(BANKS);
  const bankUse = whileValid(plan.rng.int(2, 200));
  if (bankUse && plan.rng.chance(0.35)) {
    useReport(plan, subject, bankUse, report, { kind: 'bank', id: bank }, 'public-resources-fiscal-funds-loans-guarantees', '流动资金贷款授信');
    recordLoanCheck(plan, subject, bankUse, bank, Math.ceil((ctx.loanThresholdFen * plan.rng.int(2, 8)) / 2), { kind: 'credit-report', reportId, agencyId: agency.agencyId });
  }
}
