/** Fixed data for the department specs. */
import type { DepartmentEvent, DepartmentRegistered, DepartmentRuleSet } from '../../../domain/department/events.js';

export const NOW = '2026-03-06T09:30:00+08:00';
export const DEPT = 'ks-env';
export const DOC = '昆政办发〔2019〕1号';

export const registered: DepartmentRegistered = {
  type: 'DepartmentRegistered',
  data: {
    departmentId: DEPT,
    nameZh: '市环保局',
    nameEn: 'Environmental Protection Bureau',
    kind: 'department',
    pilot: true,
    participatesFrom: '2017-03-06',
    basisDocument: '昆政办发〔2017〕41号',
  },
};

/** A department that is not an A13 pilot and does not take part in reviews yet. */
export const registeredNonPilot: DepartmentRegistered = {
  type: 'DepartmentRegistered',
  data: { ...registered.data, departmentId: DEPT, nameZh: '市城管局', nameEn: 'Urban Management Bureau', pilot: false, participatesFrom: null, basisDocument: DOC },
};

export function joined(on: string): DepartmentEvent {
  return { type: 'DepartmentJoinedReviewScheme', data: { departmentId: DEPT, on, basisDocument: DOC } };
}

export function renamed(nameZh: string, nameEn: string, effectiveOn: string): DepartmentEvent {
  return { type: 'DepartmentRenamed', data: { departmentId: DEPT, nameZh, nameEn, effectiveOn, basisDocument: DOC } };
}

export function merged(intoDepartmentId: string, effectiveOn: string): DepartmentEvent {
  return { type: 'DepartmentMerged', data: { departmentId: DEPT, intoDepartmentId, effectiveOn, basisDocument: DOC } };
}

export function split(successorIds: string[], rulesFollow: string, effectiveOn: string): DepartmentEvent {
  return { type: 'DepartmentSplit', data: { departmentId: DEPT, successorIds, effectiveOn, basisDocument: DOC, rulesFollow } };
}

export function ruleSet(ruleId: string, effectiveFrom: string, overrides: Partial<DepartmentRuleSet['data']> = {}): DepartmentRuleSet {
  return {
    type: 'DepartmentRuleSet',
    data: {
      departmentId: DEPT,
      ruleId,
      matterKind: 'eia-approval',
      area: 'approval-market-access-supervision',
      products: ['commitment', 'review'],
      mode: 'all',
      effectiveFrom,
      ...overrides,
    },
  };
}

export function ruleRetired(ruleId: string, on: string): DepartmentEvent {
  return { type: 'DepartmentRuleRetired', data: { departmentId: DEPT, ruleId, on } };
}
