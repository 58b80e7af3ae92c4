import { tr } from './lang.js';

/** How an event reads in the timeline, and which family (colour, filter) it belongs to. */
export type EventFamily = 'registration' | 'commitment' | 'breach' | 'review' | 'report' | 'use' | 'objection' | 'repair' | 'correction' | 'other';

const EVENTS: Readonly<Record<string, readonly [EventFamily, string, string]>> = {
  SubjectRegistered: ['registration', '主体登记', 'Subject registered'],
  CommitmentMade: ['commitment', '作出信用承诺', 'Commitment made'],
  CommitmentCheckRecorded: ['commitment', '承诺核查', 'Commitment checked'],
  BreachRecorded: ['breach', '失信记录', 'Breach recorded'],
  ReviewRequested: ['review', '信用审查申请', 'Review requested'],
  ReviewReportIssued: ['review', '出具审查报告', 'Review report issued'],
  ReviewReportAmended: ['review', '审查报告更正', 'Review report amended'],
  ReviewReportAmendmentFlagged: ['review', '审查报告待更正', 'Review report flagged for amendment'],
  CreditReportFiled: ['report', '信用报告备案', 'Credit report filed'],
  ReportUsed: ['use', '报告使用', 'Report used'],
  LoanCheckRecorded: ['use', '贷款审查', 'Loan check'],
  ObjectionFiled: ['objection', '提出异议', 'Objection filed'],
  ObjectionForwarded: ['objection', '异议转办', 'Objection forwarded'],
  ObjectionDecided: ['objection', '异议处理决定', 'Objection decided'],
  RepairApplied: ['repair', '申请信用修复', 'Repair applied for'],
  RepairDecided: ['repair', '信用修复决定', 'Repair decided'],
  RecordCorrected: ['correction', '记录更正', 'Record corrected'],
};

export function eventFamily(type: string): EventFamily {
  return EVENTS[type]?.[0] ?? 'other';
}

export function eventLabel(type: string): string {
  const known = EVENTS[type];
  return known ? tr(known[1], known[2]) : type;
}

export const FAMILIES: readonly EventFamily[] = ['registration', 'commitment', 'breach', 'review', 'report', 'use', 'objection', 'repair', 'correction', 'other'];

export function familyLabel(family: EventFamily): string {
  const labels: Record<EventFamily, [string, string]> = {
    registration: ['登记', 'Registration'], commitment: ['信用承诺', 'Commitments'], breach: ['失信', 'Breaches'], review: ['信用审查', 'Reviews'],
    report: ['信用报告', 'Credit reports'], use: ['报告使用', 'Report uses'], objection: ['异议', 'Objections'], repair: ['信用修复', 'Repairs'],
    correction: ['更正', 'Corrections'], other: ['其他', 'Other'],
  };
  return tr(...labels[family]);
}

export function breachClassLabel(breachClass: string): string {
  const labels: Record<string, [string, string]> = { minor: ['轻微失信', 'Minor'], general: ['一般失信', 'General'], serious: ['严重失信', 'Serious'] };
  const known = labels[breachClass];
  return known ? tr(...known) : breachClass;
}

export function roleLabel(role: string): string {
  const labels: Record<string, [string, string]> = {
    auditor: ['审计人员', 'Auditor'], 'credit-office': ['市信用办', 'Credit office'], center: ['信用信息中心', 'Credit information center'],
    department: ['部门', 'Department'], subject: ['信用主体', 'Credit subject'], agency: ['信用服务机构', 'Credit agency'], bank: ['银行', 'Bank'],
  };
  const known = labels[role];
  return known ? tr(...known) : role;
}

export function actorLabel(actor: { kind: string; id: string; department: string | null } | null | undefined, departmentName: (id: string) => string, agencyName: (id: string) => string = (id) => id): string {
  if (!actor) return '—';
  if (actor.department) return `${departmentName(actor.department)} · ${actor.id}`;
  if (actor.kind === 'agency') return `${roleLabel(actor.kind)} · ${agencyName(actor.id)}`;
  return `${roleLabel(actor.kind)} · ${actor.id}`;
}

export function dayKindLabel(kind: string): string {
  const labels: Record<string, [string, string]> = { working: ['工作日', 'Working day'], weekend: ['周末', 'Weekend'], holiday: ['法定节假日', 'Public holiday'], 'adjusted-working': ['调休上班', 'Adjusted working day'] };
  const known = labels[kind];
  return known ? tr(...known) : kind;
}

export function outcomeLabel(outcome: string | null): string {
  if (outcome === null) return tr('待处理', 'Pending');
  const labels: Record<string, [string, string]> = { corrected: ['予以更正', 'Corrected'], rejected: ['不予更正', 'Rejected'], unresolved: ['无法核实', 'Unresolved'] };
  const known = labels[outcome];
  return known ? tr(...known) : outcome;
}

export function standingLabel(status: string): string {
  const labels: Record<string, [string, string]> = { 'in-force': ['备案有效', 'In force'], suspended: ['暂停', 'Suspended'], exited: ['已退出市场', 'Exited'], 'not-filed': ['未备案', 'Not filed'] };
  const known = labels[status];
  return known ? tr(...known) : status;
}

/** Coded values that appear in event data, as people read them (timeline headlines). */
const VALUES: Readonly<Record<string, readonly [string, string]>> = {
  'no-adverse-record': ['无不良记录', 'no adverse record'],
  'adverse-record-found': ['发现不良记录', 'adverse record found'],
  minor: ['轻微失信', 'minor breach'],
  general: ['一般失信', 'general breach'],
  serious: ['严重失信', 'serious breach'],
  corrected: ['予以更正', 'corrected'],
  rejected: ['不予更正', 'rejected'],
  unresolved: ['无法核实', 'unresolved'],
  approved: ['准予修复', 'approved'],
  refused: ['不予修复', 'refused'],
};

export function valueLabel(value: string): string {
  const known = VALUES[value];
  return known ? tr(known[0], known[1]) : value;
}
