/**
 * One planned step per subject command, with the actor the service would see. Facts owned by
 * other streams are looked up when the step runs (DemoFacts), never assumed at planning time.
 */
import type { ReportArea, ReviewArea } from '../../domain/department/areas.js';
import type { BreachClass } from '../../domain/rules/disclosure.js';
import { checkResidentId, isMinorOn } from '../../domain/rules/identifiers/resident-id.js';
import { ALL_PLEDGES, type CommitmentKind, type Correction, type ReportKind, type ReportRef, type ReviewConclusion } from '../../domain/subject/values.js';
import { subjectScopedId } from '../use-case-support/paths/subject-scoped-id.js';
import { CENTER, agencyActor, bankActor, departmentOfficer, subjectActor } from './demo-actors.js';
import type { DemoPlan, Thread } from './demo-plan.js';
import type { DemoSubject } from './demo-subjects.js';
import { addDays, dateOf } from './demo-time.js';

export interface Commitment { at: string; kind: Exclude<CommitmentKind, 'repair'>; departmentId: string; matter: string; followUpCheckOn: string | null; bySubject?: boolean }
export interface Breach { breachClass: BreachClass; months: number; decisionDate: string; summary: string }

const BASIS_PREFIX: Readonly<Record<string, string>> = {
  'ks-market': '昆市监罚', 'ks-env': '昆环罚', 'ks-safety': '昆安监罚', 'ks-housing': '昆住建罚', 'ks-hrss': '昆人社监', 'ks-tax': '昆税罚', 'ks-transport': '昆交罚',
};

function breachFacts(plan: DemoPlan, subject: DemoSubject, departmentId: string, breach: Breach, breachId: string) {
  const number = plan.rng.int(8, 460);
  return {
    breachId, breachClass: breach.breachClass, disclosureMonths: breach.months, decisionDate: breach.decisionDate, summary: breach.summary,
    basisDocument: `${BASIS_PREFIX[departmentId] ?? '昆政罚'}〔${breach.decisionDate.slice(0, 4)}〕${number}号`,
    // A28: looked up from the personal data (the birth date never reaches the log).
    subjectMinorOnDecision: subject.identityNumber !== null && isMinorOn(checkResidentId(subject.identityNumber), breach.decisionDate),
  };
}

export function makeCommitment(plan: DemoPlan, subject: DemoSubject, c: Commitment, thread?: Thread): string {
  const commitmentId = plan.id(c.at);
  const consentToPublication = plan.rng.chance(0.8);
  plan.subject({
    now: c.at, id: subject.subjectId, actor: c.bySubject ? subjectActor(subject.subjectId) : departmentOfficer(c.departmentId), thread,
    build: () => ({ type: 'MakeCommitment', now: c.at, commitmentId, kind: c.kind, departmentId: c.departmentId, matter: c.matter, pledges: ALL_PLEDGES, consentToPublication, followUpCheckOn: c.followUpCheckOn }),
  });
  return commitmentId;
}

/** A8–A9: the follow-up check; a breached one records its breach information in the same decision. Returns the breach id, if any. */
export function checkCommitment(plan: DemoPlan, subject: DemoSubject, at: string, commitmentId: string, departmentId: string, breach: Breach | null, thread?: Thread): string | null {
  const breachId = breach === null ? null : plan.id(at);
  const facts = breach === null || breachId === null ? undefined : breachFacts(plan, subject, departmentId, breach, breachId);
  plan.subject({
    now: at, id: subject.subjectId, actor: departmentOfficer(departmentId), thread,
    build: () => ({ type: 'RecordCommitmentCheck', now: at, commitmentId, outcome: breach === null ? 'kept' : 'breached', checkedOn: dateOf(at), departmentId, ...(facts ? { breach: facts } : {}) }),
  });
  return breachId;
}

export function recordBreach(plan: DemoPlan, subject: DemoSubject, at: string, departmentId: string, breach: Breach, thread?: Thread): string {
  const breachId = plan.id(at);
  const facts = breachFacts(plan, subject, departmentId, breach, breachId);
  plan.subject({ now: at, id: subject.subjectId, actor: departmentOfficer(departmentId), thread, build: () => ({ type: 'RecordBreach', now: at, departmentId, ...facts }) });
  return breachId;
}

/** A10–A13: asked by the subject (naming the department) or by a department; participation looked up when it runs. */
export function requestReview(plan: DemoPlan, subject: DemoSubject, at: string, by: 'subject' | 'department', departmentId: string, area: ReviewArea, matter: string, thread?: Thread): string {
  const reviewId = plan.id(at);
  const today = dateOf(at);
  plan.subject({
    now: at, id: subject.subjectId, actor: by === 'subject' ? subjectActor(subject.subjectId) : departmentOfficer(departmentId), thread,
    build: async (facts) => {
      const participating = { departmentId, departmentParticipates: await facts.departments.participatesOn(departmentId, today) };
      return { type: 'RequestReview', now: at, reviewId, area, matter, requestedBy: by === 'subject' ? { kind: 'subject', forDepartment: participating } : { kind: 'department', ...participating } };
    },
  });
  return reviewId;
}

export function issueReviewReport(plan: DemoPlan, subject: DemoSubject, at: string, reviewId: string, conclusion: ReviewConclusion, thread?: Thread): void {
  const findings = conclusion === 'no-adverse-record' ? [] : ['存在尚在公示期内的行政处罚信息'];
  plan.subject({ now: at, id: subject.subjectId, actor: CENTER, thread, build: () => ({ type: 'IssueReviewReport', now: at, reviewId, conclusion, findings }) });
}

/** A15, A16, A20: filed by the agency a day or two after its issue date; the agency's standing on that date is looked up. */
export function fileCreditReport(plan: DemoPlan, subject: DemoSubject, at: string, agencyId: string, issuedOn: string, rating: string, commissionedBy: string | null): string {
  const reportId = plan.id(at);
  plan.subject({
    now: at, id: subject.subjectId, actor: agencyActor(agencyId),
    build: async (facts) => ({
      type: 'FileCreditReport', now: at, reportId, agencyId, agencyStanding: await facts.agencies.standingOn(agencyId, issuedOn),
      commissionedBy: commissionedBy === null ? { kind: 'subject' } : { kind: 'department', departmentId: commissionedBy }, issuedOn,
      sections: { basicInformation: '工商登记信息完整，存续经营', businessInformation: '主营业务稳定', financialData: '近三年财务报表经审计', bankCreditRecords: '无不良信贷记录', publicCreditSupervision: '见公共信用信息查询结果' },
      summary: `综合评定信用等级 ${rating}`, rating, riskNotes: rating.startsWith('B') || rating.startsWith('C') ? ['资产负债率偏高'] : [],
    }),
  });
  return reportId;
}

export type ReportUser = { readonly kind: 'department' | 'bank'; readonly id: string };

/** A17 / A12, A19, A25, A26: a use while valid, flagged when the report's agency has exited for misconduct. */
export function useReport(plan: DemoPlan, subject: DemoSubject, at: string, report: { kind: ReportKind; id: string; agencyId: string | null }, user: ReportUser, area: ReportArea | ReviewArea, matter: string): void {
  const useId = plan.id(at);
  plan.subject({
    now: at, id: subject.subjectId, actor: user.kind === 'bank' ? bankActor(user.id) : departmentOfficer(user.id),
    build: async (facts) => ({
      type: 'RecordReportUse', now: at, useId, reportKind: report.kind, reportId: report.id, usedBy: user, area, matter,
      agencyExitedForMisconduct: report.agencyId !== null && (await facts.agencies.exitedForMisconduct(report.agencyId, dateOf(at))),
    }),
  });
}

/** A18: PBOC reference always; at or above the threshold a valid report is relied on. */
export function recordLoanCheck(plan: DemoPlan, subject: DemoSubject, at: string, bankId: string, amountFen: number, reliesOn: (ReportRef & { agencyId: string | null }) | null): void {
  const loanCheckId = plan.id(at);
  plan.subject({
    now: at, id: subject.subjectId, actor: bankActor(bankId),
    build: async (facts) => ({
      type: 'RecordLoanCheck', now: at, loanCheckId, bankId, amountFen, pbocReferenceChecked: true,
      reliesOn: reliesOn === null ? null : { kind: reliesOn.kind, reportId: reliesOn.reportId },
      agencyExitedForMisconduct: reliesOn?.agencyId != null && (await facts.agencies.exitedForMisconduct(reliesOn.agencyId, dateOf(at))),
    }),
  });
}

export function fileObjection(plan: DemoPlan, subject: DemoSubject, at: string, target: { kind: 'breach'; id: string }, reason: string, thread: Thread): string {
  const objectionId = subjectScopedId(subject.subjectId, plan.id(at));
  plan.subject({ now: at, id: subject.subjectId, actor: subjectActor(subject.subjectId), thread, build: () => ({ type: 'FileObjection', now: at, objectionId, target, reason }) });
  return objectionId;
}

export function forwardObjection(plan: DemoPlan, subject: DemoSubject, at: string, objectionId: string, toDepartmentId: string, thread: Thread): void {
  plan.subject({ now: at, id: subject.subjectId, actor: CENTER, thread, build: () => ({ type: 'ForwardObjection', now: at, objectionId, toDepartmentId }) });
}

export function decideObjection(plan: DemoPlan, subject: DemoSubject, at: string, objectionId: string, by: string | null, outcome: 'corrected' | 'rejected', detail: { reasons?: string; correction?: Correction }, thread: Thread): void {
  plan.subject({
    now: at, id: subject.subjectId, actor: by === null ? CENTER : departmentOfficer(by), thread,
    build: () => ({ type: 'DecideObjection', now: at, objectionId, decidedBy: by === null ? { kind: 'center' } : { kind: 'department', departmentId: by }, outcome, ...detail }),
  });
}

/** NDRC 令第36号: the subject applies with proof and a repair commitment; the recording department decides. */
export function repair(plan: DemoPlan, subject: DemoSubject, appliedAt: string, decidedAt: string, breachId: string, departmentId: string): void {
  const thread = plan.thread(appliedAt);
  const repairId = subjectScopedId(subject.subjectId, plan.id(appliedAt));
  const repairCommitmentId = plan.id(appliedAt);
  plan.subject({
    now: appliedAt, id: subject.subjectId, actor: subjectActor(subject.subjectId), thread,
    build: () => ({
      type: 'ApplyForRepair', now: appliedAt, repairId, breachId, proofOfFulfilment: `罚款缴纳凭证及整改报告（${addDays(dateOf(appliedAt), -12)}）`, repairCommitmentId,
      repairCommitment: { matter: '信用修复承诺：整改到位，不再发生同类违法行为', pledges: ALL_PLEDGES, consentToPublication: true, followUpCheckOn: null },
    }),
  });
  plan.subject({ now: decidedAt, id: subject.subjectId, actor: departmentOfficer(departmentId), thread, build: () => ({ type: 'DecideRepair', now: decidedAt, repairId, departmentId, outcome: 'approved' }) });
}
