/** Fixed actors and direct appends to agency and department streams for the credit-product e2e specs. */
import { DateTime } from 'luxon';
import type { AgencyCommand } from '../../../domain/agency/commands.js';
import { agencyDecider, agencyStreamName } from '../../../domain/agency/decider.js';
import type { DepartmentCommand } from '../../../domain/department/commands.js';
import { departmentDecider, departmentStreamName } from '../../../domain/department/decider.js';
import type { Decider } from '../../../domain/kernel/decider.js';
import type { DomainEvent } from '../../../domain/kernel/event.js';
import { executeDeciderCommand } from '../../../src/commands/execute-decider-command.js';
import type { EventStore } from '../../../src/event-store/event-store.port.js';
import { actor } from '../../support/actors.js';
import { TEST_NOW, TEST_TODAY } from '../../support/clocks.js';

export const ORG = '91320583722291823U';
export const OTHER_ORG = '91320583796541485R';
export const UNKNOWN_ORG = '91110000600037341L';
export const UNKNOWN_RECORD = '0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b';

export const actors = {
  finance: actor('department', 'officer-7', 'ks-finance'),
  outsider: actor('department', 'officer-9', 'ks-outsider'),
  noDepartment: actor('department', 'officer-3'),
  center: actor('center', 'reviewer-1'),
  bank: actor('bank', 'icbc-kunshan'),
  org: actor('subject', ORG),
  otherOrg: actor('subject', OTHER_ORG),
  agency: (id: string) => actor('agency', id),
} as const;

/** A Shanghai calendar date `days` before TEST_TODAY, the test app's business date. */
export function daysAgo(days: number): string {
  return DateTime.fromISO(TEST_TODAY, { zone: 'Asia/Shanghai' }).minus({ days }).toISODate()!;
}

/** The instant operator commands are decided at: the test app's business time. */
export const nowInShanghai = (): string => TEST_NOW;
const NOW = nowInShanghai;

async function append<C extends { readonly type: string }, E extends DomainEvent, S>(store: EventStore, decider: Decider<C, E, S>, stream: string, command: C): Promise<void> {
  await executeDeciderCommand({
    store, decider, stream, command,
    metadata: { commandId: `${stream}:${command.type}`, correlationId: 'e2e', causationId: null, actor: { kind: 'operator', id: 'e2e', department: null } },
  });
}

export async function onAgency(store: EventStore, command: AgencyCommand): Promise<void> {
  await append(store, agencyDecider, agencyStreamName(command.agencyId), command);
}

export async function onDepartment(store: EventStore, command: DepartmentCommand): Promise<void> {
  await append(store, departmentDecider, departmentStreamName(command.departmentId), command);
}

/** A15, A20: a city-level filing in force from `filedOn`. */
export function fileAgency(store: EventStore, agencyId: string, filedOn: string): Promise<void> {
  return onAgency(store, {
    type: 'FileAgency', now: NOW(), agencyId, name: `昆山信用评估机构${agencyId}`, uscc: ORG,
    filingAuthority: '昆山市社会信用体系建设领导小组办公室', level: 'city', filingNumber: `KS-XY-${agencyId}`, filedOn,
  });
}

export function exitAgency(store: EventStore, agencyId: string, exitedOn: string, reason: 'voluntary' | 'misconduct'): Promise<void> {
  return onAgency(store, { type: 'ExitAgency', now: NOW(), agencyId, exitedOn, reason, basisDocument: '昆信用办〔2026〕12号' });
}

export function suspendAgency(store: EventStore, agencyId: string, from: string, until: string): Promise<void> {
  return onAgency(store, { type: 'SuspendAgency', now: NOW(), agencyId, from, until, reason: '报告质量抽查不合格', basisDocument: '昆信用办〔2025〕3号' });
}

/** A13: a registered department that does not take part in reviews. */
export function registerOutsider(store: EventStore, departmentId: string): Promise<void> {
  return onDepartment(store, {
    type: 'RegisterDepartment', now: NOW(), departmentId, nameZh: '市某协会', nameEn: 'An association', kind: 'department', pilot: false, participatesFrom: null, basisDocument: '昆政办发〔2017〕41号',
  });
}

/** A24: a department's rule for a matter kind in an area. */
export function setRule(store: EventStore, departmentId: string, ruleId: string, matterKind: string, area: string, products: string[], mode: 'all' | 'any'): Promise<void> {
  return onDepartment(store, { type: 'SetDepartmentRule', now: NOW(), departmentId, ruleId, matterKind, area, products, mode, effectiveFrom: '2018-01-01' });
}

export function report(issuedOn: string, extra: Record<string, unknown> = {}) {
  return {
    commissionedBy: { kind: 'subject' }, issuedOn,
    sections: { basicInformation: '成立于2003年，注册资本5000万元', financialData: '2025年营业收入3.2亿元', judicialCredit: null },
    summary: '企业经营稳定，履约记录良好', rating: 'AA+', riskNotes: ['应收账款集中度较高'], ...extra,
  };
}
