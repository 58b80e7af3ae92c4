/** Fixed data for the department specs. */
import { expect } from '@jest/globals';
import type { DepartmentCommand } from '../../../domain/department/commands.js';
import { departmentDecider } from '../../../domain/department/decider.js';
import type { DepartmentEvent, DepartmentRegistered, DepartmentRuleSet } from '../../../domain/department/events.js';
import { fold } from '../../../domain/kernel/decider.js';
import { InvalidInputError } from '../../../domain/kernel/domain-error.js';

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

/** What an input refusal (VALIDATION_FAILED) names: the field, the rule broken and the article cited. */
export type InputRefusal = { readonly field: string; readonly rule: unknown; readonly article: string | undefined };

export function inputRefusal(given: DepartmentEvent[], command: DepartmentCommand): InputRefusal {
  try {
    departmentDecider.decide(command, fold(departmentDecider, given));
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    const { field, details, article } = error as InvalidInputError;
    return { field, rule: details.rule, article };
  }
  throw new Error('expected an input refusal, but the command was accepted');
}
