/**
 * The institutions around the subjects: the 2018 tax-bureau merger (docs/domain.md "Departments change
 * over time"), a few departments' own rules (A24), and six credit agencies (A15, A20, A26).
 */
import { PILOT_DEPARTMENTS } from '../../domain/department/pilot-departments.js';
import { CREDIT_OFFICE, agencyActor, departmentOfficer } from './demo-actors.js';
import type { DemoPlan } from './demo-plan.js';
import { at } from './demo-time.js';
import { demoUscc } from './identifiers.js';

export const TAX_BUREAU = 'ks-tax';
const MERGED_TAX_BUREAUS = ['ks-state-tax', 'ks-local-tax'];
const TAX_MERGER_DATE = '2018-07-20';

/** Departments that take part in reviews today: the pilots still standing, and the merged tax bureau (A13). */
export const ACTIVE_DEPARTMENTS: readonly string[] = [...PILOT_DEPARTMENTS.map((d) => d.id).filter((id) => !MERGED_TAX_BUREAUS.includes(id)), TAX_BUREAU];

export function planTaxMerger(plan: DemoPlan): void {
  const thread = plan.thread(at('2025-01-02', 9));
  plan.department({
    now: at('2025-01-02', 9), id: TAX_BUREAU, actor: CREDIT_OFFICE, thread,
    build: () => ({
      type: 'RegisterDepartment', now: at('2025-01-02', 9), departmentId: TAX_BUREAU, nameZh: '国家税务总局昆山市税务局',
      nameEn: 'Kunshan Taxation Bureau (State Taxation Administration)', kind: 'department', pilot: false,
      participatesFrom: TAX_MERGER_DATE, basisDocument: '国税地税征管体制改革方案（2018）',
    }),
  });
  for (const merged of MERGED_TAX_BUREAUS) {
    const now = at('2025-01-02', 9, 10);
    plan.department({
      now, id: merged, actor: CREDIT_OFFICE, thread,
      build: () => ({ type: 'MergeDepartment', now, departmentId: merged, intoDepartmentId: TAX_BUREAU, effectiveOn: TAX_MERGER_DATE, basisDocument: '国税地税征管体制改革方案（2018）' }),
    });
  }
}

/** A24: a department's own rule on which credit products a matter needs. */
const RULES = [
  { departmentId: 'ks-finance', matterKind: '科技创新专项资金', area: 'fiscal-funds-policy-loans', products: ['commitment', 'review'], mode: 'any' },
  { departmentId: 'ks-housing', matterKind: '国有资金建设项目招标', area: 'procurement-construction-land-tendering', products: ['report'], mode: 'all' },
  { departmentId: 'ks-market', matterKind: '守合同重信用企业评选', area: 'commendations-honours-titles', products: ['review'], mode: 'all' },
  { departmentId: 'ks-sci', matterKind: '高新技术企业认定推荐', area: 'evaluation-qualification-filing-licensing', products: ['commitment', 'report'], mode: 'all' },
] as const;

export function planDepartmentRules(plan: DemoPlan): void {
  RULES.forEach((rule, i) => {
    const now = at('2025-01-03', 10 + i);
    const ruleId = plan.id(now);
    plan.department({
      now, id: rule.departmentId, actor: departmentOfficer(rule.departmentId),
      build: () => ({ type: 'SetDepartmentRule', now, ruleId, ...rule, products: [...rule.products], effectiveFrom: '2025-01-01' }),
    });
  });
}

export interface DemoAgency {
  readonly agencyId: string;
  /** Reports may be issued on dates before this one (suspension or exit), else any date. */
  readonly issuesBefore: string | null;
}

const AGENCIES = [
  { name: '昆山信诚信用管理有限公司', level: 'city', authority: '昆山市信用办', filedOn: '2019-04-12' },
  { name: '江苏中信达信用评估有限公司', level: 'province', authority: '江苏省信用办', filedOn: '2018-09-03' },
  { name: '华联信用评级有限公司', level: 'national', authority: '国家发展改革委', filedOn: '2017-11-20' },
  { name: '苏州公信信用服务有限公司', level: 'city', authority: '昆山市信用办', filedOn: '2021-06-15' },
  { name: '昆山鼎信征信服务有限公司', level: 'city', authority: '昆山市信用办', filedOn: '2020-08-01' },
  { name: '昆山速信信用咨询有限公司', level: 'city', authority: '昆山市信用办', filedOn: '2020-03-01' },
] as const;

export const SUSPENDED_FROM = '2026-10-15';
export const MISCONDUCT_EXIT_ON = '2026-06-01';

/** A20 filings; A26: the fifth agency suspended, the sixth out of the market for misconduct after a staff breach. */
export function planAgencies(plan: DemoPlan): readonly DemoAgency[] {
  return AGENCIES.map((agency, i) => {
    const filedAt = at('2025-01-03', 14, i * 5);
    const agencyId = plan.id(filedAt);
    const thread = plan.thread(filedAt);
    const uscc = demoUscc(plan.rng);
    plan.agency({
      now: filedAt, id: agencyId, actor: CREDIT_OFFICE, thread,
      build: () => ({
        type: 'FileAgency', now: filedAt, agencyId, name: agency.name, uscc, filingAuthority: agency.authority, level: agency.level,
        filingNumber: `XYBA-${agency.filedOn.slice(0, 4)}-${String(11 + i * 7).padStart(3, '0')}`, filedOn: agency.filedOn,
      }),
    });
    if (i === 4) return suspend(plan, agencyId);
    if (i === 5) return exitForMisconduct(plan, agencyId, thread);
    return { agencyId, issuesBefore: null };
  });
}

function suspend(plan: DemoPlan, agencyId: string): DemoAgency {
  const now = at('2026-10-14', 16);
  plan.agency({
    now, id: agencyId, actor: CREDIT_OFFICE,
    build: () => ({ type: 'SuspendAgency', now, agencyId, from: SUSPENDED_FROM, until: null, reason: '抽查发现信用报告财务数据与审计报告不符', basisDocument: '昆信用办〔2026〕19号' }),
  });
  return { agencyId, issuesBefore: SUSPENDED_FROM };
}

function exitForMisconduct(plan: DemoPlan, agencyId: string, thread: ReturnType<DemoPlan['thread']>): DemoAgency {
  const staffId = 'staff.sx-0007';
  const joined = at('2025-01-03', 15);
  plan.agency({ now: joined, id: agencyId, actor: agencyActor(agencyId), thread, build: () => ({ type: 'RecordAgencyStaff', now: joined, agencyId, staffId, role: '信用分析师', change: 'joined', on: '2021-03-01' }) });
  const breachAt = at('2026-05-22', 10);
  const breachId = plan.id(breachAt);
  plan.agency({
    now: breachAt, id: agencyId, actor: CREDIT_OFFICE, thread,
    build: () => ({ type: 'RecordAgencyBreach', now: breachAt, agencyId, breachId, breachClass: 'serious', basisDocument: '昆信用办〔2026〕11号', decisionDate: '2026-05-20', summary: '出具虚假信用报告，篡改受评企业财务数据', staffId }),
  });
  const exitAt = at(MISCONDUCT_EXIT_ON, 10);
  plan.agency({ now: exitAt, id: agencyId, actor: CREDIT_OFFICE, thread, build: () => ({ type: 'ExitAgency', now: exitAt, agencyId, exitedOn: MISCONDUCT_EXIT_ON, reason: 'misconduct', basisDocument: '昆信用办〔2026〕12号' }) });
  return { agencyId, issuesBefore: MISCONDUCT_EXIT_ON };
}
