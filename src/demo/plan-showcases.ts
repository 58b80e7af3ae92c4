/**
 * Hand-placed historical cases at absolute dates: reviews received right before Spring Festival
 * 2026 and National Day 2025 (A11), breaches of every class already ended or disclosed for long
 * (A9), objections corrected and rejected, an approved repair, minors (A28), reports of a suspended
 * and of an exited agency (A26) and loan checks on both sides of the A18 threshold. Cases that must
 * stay current whatever the date (open reviews, disclosures, expiring reports, the overdue
 * objection) are placed relative to today in plan-recent.ts.
 */
import type { DemoPlan } from './demo-plan.js';
import type { DemoSubject } from './demo-subjects.js';
import { at } from './demo-time.js';
import type { DemoAgency } from './plan-institutions.js';
import * as step from './subject-steps.js';

/** How many organisations and persons the showcases use (the random activity leaves them alone). */
export const SHOWCASE_ORGANISATIONS = 22;
export const SHOWCASE_PERSONS = 3;

export function planShowcases(plan: DemoPlan, orgs: readonly DemoSubject[], persons: readonly DemoSubject[], agencies: readonly DemoAgency[], loanThresholdFen: number): void {
  holidayReviews(plan, orgs);
  const breaches = breachesOfEveryClass(plan, orgs);
  objections(plan, orgs, breaches);
  step.repair(plan, orgs[15]!, at('2025-10-20', 9, 30), at('2025-10-28', 15), breaches.forRepair, 'ks-housing');
  minors(plan, persons);
  agencyReports(plan, orgs, agencies, loanThresholdFen);
}

/** A11: 5 working days from the day after receipt, across the holidays (and their adjusted working days). */
function holidayReviews(plan: DemoPlan, orgs: readonly DemoSubject[]): void {
  const cases = [
    { org: 0, requested: at('2026-02-13', 10), by: 'department', dept: 'ks-finance', area: 'fiscal-funds-policy-loans', issued: at('2026-02-26', 16) },
    { org: 1, requested: at('2026-02-12', 15, 30), by: 'subject', dept: 'ks-sci', area: 'evaluation-qualification-filing-licensing', issued: at('2026-03-04', 11) },
    { org: 2, requested: at('2025-09-30', 9, 30), by: 'department', dept: 'ks-market', area: 'commendations-honours-titles', issued: at('2025-10-13', 14) },
    { org: 3, requested: at('2025-09-29', 11), by: 'subject', dept: 'ks-housing', area: 'approval-market-access-supervision', issued: at('2025-10-17', 10) },
  ] as const;
  for (const c of cases) {
    const thread = plan.thread(c.requested);
    const reviewId = step.requestReview(plan, orgs[c.org]!, c.requested, c.by, c.dept, c.area, '节前受理的信用审查', thread);
    step.issueReviewReport(plan, orgs[c.org]!, c.issued, reviewId, 'no-adverse-record', thread);
  }
}

interface ShowcaseBreaches {
  readonly rejected: string;
  readonly corrected: string;
  readonly forRepair: string;
}

/** A9: minor undisclosed and disclosed, general, serious; some disclosed for long, some ended. */
function breachesOfEveryClass(plan: DemoPlan, orgs: readonly DemoSubject[]): ShowcaseBreaches {
  const record = (org: number, recordedOn: string, dept: string, breachClass: 'minor' | 'general' | 'serious', months: number, decisionDate: string, summary: string) =>
    step.recordBreach(plan, orgs[org]!, at(recordedOn, 10), dept, { breachClass, months, decisionDate, summary });
  record(7, '2026-10-12', 'ks-market', 'minor', 0, '2026-10-10', '经营场所未公示营业执照（轻微，不予公示）');
  record(9, '2025-04-11', 'ks-market', 'minor', 1, '2025-04-10', '未按期报送年度报告');
  record(11, '2025-03-11', 'ks-transport', 'general', 3, '2025-03-10', '道路运输车辆超限运输');
  const rejected = record(12, '2025-05-21', 'ks-env', 'serious', 36, '2025-05-20', '通过暗管偷排含重金属废水');
  record(13, '2025-02-19', 'ks-safety', 'serious', 12, '2025-02-18', '发生较大生产安全事故');
  const corrected = record(14, '2026-07-02', 'ks-market', 'general', 12, '2026-07-01', '产品质量抽检不合格且拒不整改');
  const forRepair = record(15, '2025-06-17', 'ks-housing', 'general', 12, '2025-06-16', '拖欠农民工工资');
  // A8–A9: breaches found by follow-up checks (one ended, one disclosed into 2027) and a kept commitment.
  const housing = step.makeCommitment(plan, orgs[16]!, { at: at('2025-07-01', 10), kind: 'approval-replacing', departmentId: 'ks-housing', matter: '施工许可告知承诺', followUpCheckOn: '2025-10-15' });
  step.checkCommitment(plan, orgs[16]!, at('2025-10-15', 10), housing, 'ks-housing', { breachClass: 'general', months: 6, decisionDate: '2025-10-15', summary: '承诺的施工条件核查不实' });
  const commerce = step.makeCommitment(plan, orgs[17]!, { at: at('2026-03-02', 10), kind: 'industry-self-discipline', departmentId: 'ks-commerce', matter: '商贸流通行业自律承诺', followUpCheckOn: '2026-09-01' });
  step.checkCommitment(plan, orgs[17]!, at('2026-09-01', 15), commerce, 'ks-commerce', { breachClass: 'general', months: 12, decisionDate: '2026-09-01', summary: '违反行业自律承诺，虚假宣传' });
  const voluntary = step.makeCommitment(plan, orgs[18]!, { at: at('2025-08-05', 10), kind: 'voluntary-public', departmentId: 'ks-drc', matter: '主动公开信用承诺', followUpCheckOn: '2026-02-02', bySubject: true });
  step.checkCommitment(plan, orgs[18]!, at('2026-02-02', 11), voluntary, 'ks-drc', null);
  return { rejected, corrected, forRepair };
}

/** SH-SCR arts. 36–38: one forwarded and corrected, one rejected by the center (the open, overdue one is recent). */
function objections(plan: DemoPlan, orgs: readonly DemoSubject[], breaches: ShowcaseBreaches): void {
  const corrected = plan.thread(at('2026-07-20', 9));
  const first = step.fileObjection(plan, orgs[14]!, at('2026-07-20', 9), { kind: 'breach', id: breaches.corrected }, '复检合格，整改已于处罚决定前完成', corrected);
  step.forwardObjection(plan, orgs[14]!, at('2026-07-21', 10), first, 'ks-market', corrected);
  step.decideObjection(plan, orgs[14]!, at('2026-07-24', 16), first, 'ks-market', 'corrected', { correction: { disclosureMonths: 6, summary: '产品质量抽检不合格（已整改）' } }, corrected);

  const rejected = plan.thread(at('2026-04-08', 10));
  const second = step.fileObjection(plan, orgs[12]!, at('2026-04-08', 10), { kind: 'breach', id: breaches.rejected }, '排放口系第三方设置，企业不知情', rejected);
  step.decideObjection(plan, orgs[12]!, at('2026-04-13', 15), second, null, 'rejected', { reasons: '现场勘验与监测数据证实企业自行设置暗管，异议不成立' }, rejected);
}

/** A28: a minor's breach is never published; the other minor keeps a commitment and asks for a review. */
function minors(plan: DemoPlan, persons: readonly DemoSubject[]): void {
  step.recordBreach(plan, persons[0]!, at('2026-09-02', 10), 'ks-transport', { breachClass: 'general', months: 3, decisionDate: '2026-09-01', summary: '无证驾驶机动车' });
  const made = step.makeCommitment(plan, persons[1]!, { at: at('2025-09-01', 10), kind: 'voluntary-public', departmentId: 'ks-edu', matter: '学生志愿服务信用承诺', followUpCheckOn: '2026-03-02', bySubject: true });
  step.checkCommitment(plan, persons[1]!, at('2026-03-02', 10), made, 'ks-edu', null);
  const thread = plan.thread(at('2026-04-07', 9));
  const reviewId = step.requestReview(plan, persons[1]!, at('2026-04-07', 9), 'subject', 'ks-edu', 'commendations-honours-titles', '市级三好学生评选', thread);
  step.issueReviewReport(plan, persons[1]!, at('2026-04-10', 15), reviewId, 'no-adverse-record', thread);
}

/** A26: a report of the agency later exited for misconduct (used afterwards, flagged) and one of the suspended agency; A18 both sides. */
function agencyReports(plan: DemoPlan, orgs: readonly DemoSubject[], agencies: readonly DemoAgency[], thresholdFen: number): void {
  const exited = agencies[5]!.agencyId;
  const suspended = agencies[4]!.agencyId;
  const flagged = step.fileCreditReport(plan, orgs[0]!, at('2026-03-11', 10), exited, '2026-03-10', 'AA', 'ks-housing');
  step.useReport(plan, orgs[0]!, at('2026-07-15', 10), { kind: 'credit-report', id: flagged, agencyId: exited }, { kind: 'department', id: 'ks-housing' }, 'procurement-construction-land-tendering', '国有资金建设项目招标 2026-031');
  step.recordLoanCheck(plan, orgs[0]!, at('2026-08-03', 11), 'bank.icbc-kunshan', thresholdFen * 2, { kind: 'credit-report', reportId: flagged, agencyId: exited });
  const beforeSuspension = step.fileCreditReport(plan, orgs[1]!, at('2026-09-02', 10), suspended, '2026-09-01', 'A+', null);
  step.useReport(plan, orgs[1]!, at('2026-11-02', 10), { kind: 'credit-report', id: beforeSuspension, agencyId: suspended }, { kind: 'bank', id: 'bank.abc-kunshan' }, 'public-resources-fiscal-funds-loans-guarantees', '固定资产贷款授信');
  step.recordLoanCheck(plan, orgs[1]!, at('2026-11-02', 10), 'bank.abc-kunshan', thresholdFen + 50_000_000, { kind: 'credit-report', reportId: beforeSuspension, agencyId: suspended });
  step.recordLoanCheck(plan, orgs[2]!, at('2026-05-06', 14), 'bank.kunshan-rural-commercial', Math.max(1, Math.floor(thresholdFen / 5)), null);
}
