/**
 * Hand-placed cases relative to the demo's today, so the date-based views are populated whatever
 * day the demo is seeded on: open reviews overdue and due soon (A11), breaches being disclosed now,
 * a person's among them (A9, A28), an open objection past its deadline (SH-SCR art. 36) and reports
 * whose year of validity ends within 30 days (A14, A19).
 */
import type { WorkingDayCalendar } from '../../domain/rules/calendar/working-day-calendar.js';
import { REVIEW_WORKING_DAYS, workingDayDeadline } from '../../domain/rules/deadlines.js';
import type { DemoPlan } from './demo-plan.js';
import type { DemoSubject } from './demo-subjects.js';
import { addDays, at, daysAgo, weekday } from './demo-time.js';
import type { DemoAgency } from './plan-institutions.js';
import * as step from './subject-steps.js';

/** The longest look-back when searching a request date whose A11 deadline falls where a view needs it. */
const SEARCH_DAYS = 30;

export function planRecent(plan: DemoPlan, calendar: WorkingDayCalendar, orgs: readonly DemoSubject[], persons: readonly DemoSubject[], agencies: readonly DemoAgency[]): void {
  openReviews(plan, calendar, orgs);
  disclosedNow(plan, orgs, persons);
  expiringReports(plan, orgs, agencies);
}

/**
 * A11: the review's due date is the 5th working day after receipt; across a holiday that is more
 * than a week. The request day is searched back from yesterday until the due date fits.
 */
function requestDay(plan: DemoPlan, calendar: WorkingDayCalendar, fits: (dueDate: string) => boolean, fromDaysAgo: number): string {
  for (let days = fromDaysAgo; days < fromDaysAgo + SEARCH_DAYS; days++) {
    const date = daysAgo(plan.today, days);
    if (fits(workingDayDeadline(calendar, at(date, 10), REVIEW_WORKING_DAYS).dueDate)) return date;
  }
  return daysAgo(plan.today, fromDaysAgo);
}

/** A11: two reviews past their deadline, one due within the next 10 days (none has its report yet). */
function openReviews(plan: DemoPlan, calendar: WorkingDayCalendar, orgs: readonly DemoSubject[]): void {
  const today = plan.today;
  const dueSoon = requestDay(plan, calendar, (due) => due >= today && due <= addDays(today, 9), 1);
  const overdue = requestDay(plan, calendar, (due) => due < today, 8);
  const longOverdue = requestDay(plan, calendar, (due) => due < addDays(today, -5), 14);
  const cases = [
    { org: 4, requested: at(longOverdue, 10), by: 'department', dept: 'ks-commerce', area: 'major-decisions-other' },
    { org: 5, requested: at(overdue, 14), by: 'subject', dept: 'ks-drc', area: 'fiscal-funds-policy-loans' },
    { org: 6, requested: at(dueSoon, 9), by: 'department', dept: 'ks-finance', area: 'fiscal-funds-policy-loans' },
  ] as const;
  for (const c of cases) step.requestReview(plan, orgs[c.org]!, c.requested, c.by, c.dept, c.area, '专项资金申报信用审查', plan.thread(c.requested));
}

/** A9: breaches within their disclosure period today (one of them a person's, one under an open, overdue objection). */
function disclosedNow(plan: DemoPlan, orgs: readonly DemoSubject[], persons: readonly DemoSubject[]): void {
  const today = plan.today;
  const record = (subject: DemoSubject, daysBack: number, dept: string, breachClass: 'minor' | 'general', months: number, summary: string) =>
    step.recordBreach(plan, subject, at(daysAgo(today, daysBack), 10), dept, { breachClass, months, decisionDate: daysAgo(today, daysBack + 2), summary });
  record(orgs[8]!, 36, 'ks-env', 'minor', 3, '危险废物台账记录不完整');
  record(orgs[19]!, 75, 'ks-tax', 'general', 6, '未按期缴纳税款，经催告仍不缴纳');
  // A28: an adult person's breach is public too, under a masked name.
  record(persons[2]!, 20, 'ks-hrss', 'general', 12, '拒不支付劳动报酬，经责令仍不支付');
  const disputed = record(orgs[10]!, 100, 'ks-safety', 'general', 6, '未落实安全生产主体责任，被处以罚款');
  // SH-SCR art. 36: the center decides within 5 working days; three weeks on, it has not.
  const filed = at(daysAgo(today, 21), 14);
  step.fileObjection(plan, orgs[10]!, filed, { kind: 'breach', id: disputed }, '罚款金额计算有误，处罚决定正在复议中', plan.thread(filed));
}

/** A14, A19: a review report and a credit report issued about eleven and a half months ago. */
function expiringReports(plan: DemoPlan, orgs: readonly DemoSubject[], agencies: readonly DemoAgency[]): void {
  const today = plan.today;
  const requested = at(daysAgo(today, 354), 10);
  const thread = plan.thread(requested);
  const reviewId = step.requestReview(plan, orgs[21]!, requested, 'department', 'ks-finance', 'fiscal-funds-policy-loans', '科技创新专项资金', thread);
  step.issueReviewReport(plan, orgs[21]!, at(weekday(addDays(requested.slice(0, 10), 2)), 15), reviewId, 'no-adverse-record', thread);
  const issuedOn = daysAgo(today, 350);
  step.fileCreditReport(plan, orgs[20]!, at(weekday(addDays(issuedOn, 1)), 11), agencies[0]!.agencyId, issuedOn, 'AA', 'ks-finance');
}
