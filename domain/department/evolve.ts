/** evolve() of the department stream: folds one event into the state; never throws. */
import { assertNever } from '../kernel/decider.js';
import { appendItem, replaceItem, type FoldScope } from '../kernel/fold-scope.js';
import type { DepartmentEvent } from './events.js';
import type { DepartmentName, DepartmentState } from './state.js';

/** `scope` comes from a fold (kernel/fold-scope.ts): what that fold created may change in place. */
export function evolveDepartment(state: DepartmentState, event: DepartmentEvent, scope?: FoldScope): DepartmentState {
  if (event.type === 'DepartmentRegistered') {
    const { departmentId, nameZh, nameEn, kind, pilot, participatesFrom } = event.data;
    return {
      status: 'registered',
      departmentId,
      kind,
      pilot,
      participatesFrom,
      names: [{ nameZh, nameEn, effectiveOn: null }],
      rules: [],
      succession: null,
    };
  }
  // A stream that does not start with its registration is not ours to interpret: leave the state alone.
  if (state.status !== 'registered') return state;
  switch (event.type) {
    case 'DepartmentJoinedReviewScheme':
      return { ...state, participatesFrom: event.data.on };
    case 'DepartmentRenamed': {
      const { nameZh, nameEn, effectiveOn } = event.data;
      return { ...state, names: withName(state.names, { nameZh, nameEn, effectiveOn }, scope) };
    }
    case 'DepartmentMerged':
      return { ...state, succession: { kind: 'merged', effectiveOn: event.data.effectiveOn, intoDepartmentId: event.data.intoDepartmentId } };
    case 'DepartmentSplit': {
      const { effectiveOn, successorIds, rulesFollow } = event.data;
      return { ...state, succession: { kind: 'split', effectiveOn, successorIds, rulesFollow } };
    }
    case 'DepartmentRuleSet': {
      const { ruleId, matterKind, area, products, mode, effectiveFrom } = event.data;
      return { ...state, rules: appendItem(state.rules, { ruleId, matterKind, area, products, mode, effectiveFrom, retiredOn: null }, scope) };
    }
    case 'DepartmentRuleRetired': {
      const { ruleId, on } = event.data;
      // The rule with this id, if still in force (decide sets an id once).
      let rules = state.rules;
      rules.forEach((rule, index) => {
        if (rule.ruleId === ruleId && rule.retiredOn === null) rules = replaceItem(rules, index, { ...rule, retiredOn: on }, scope);
      });
      return { ...state, rules };
    }
    default:
      return assertNever(event);
  }
}

/** Keeps names in effective-date order; a later-recorded name with the same date comes after (and wins). */
function withName(names: readonly DepartmentName[], name: DepartmentName, scope?: FoldScope): readonly DepartmentName[] {
  const position = names.findIndex((existing) => existing.effectiveOn !== null && name.effectiveOn !== null && existing.effectiveOn > name.effectiveOn);
  return position === -1 ? appendItem(names, name, scope) : [...names.slice(0, position), name, ...names.slice(position)];
}
