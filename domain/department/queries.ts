/**
 * Pure questions asked of a department's folded state for a calendar date (YYYY-MM-DD,
 * Asia/Shanghai). History keeps the name in force at the time (docs/domain.md "Departments change over time").
 */
import { isSucceededOn, successorOf, type DepartmentState } from './state.js';

export type DepartmentNameOnDate = { readonly nameZh: string; readonly nameEn: string };

/** The name in force on the date: the latest rename effective by then, else the registered name. Null if not registered. */
export function departmentNameOn(state: DepartmentState, date: string): DepartmentNameOnDate | null {
  if (state.status !== 'registered') return null;
  let current = state.names[0];
  for (const name of state.names) {
    if (name.effectiveOn === null || name.effectiveOn <= date) current = name;
  }
  return current ? { nameZh: current.nameZh, nameEn: current.nameEn } : null;
}

/**
 * A13: takes part in credit reviews from its participation date (pilots from the start, others
 * once they join) until a merger or split takes effect, after which the successor does (A24, A25).
 */
export function participatesInReviewsOn(state: DepartmentState, date: string): boolean {
  if (state.status !== 'registered' || state.participatesFrom === null) return false;
  return state.participatesFrom <= date && !isSucceededOn(state, date);
}

/**
 * The department that carries this one's rules, reviews and statistics on the date (A24, A25):
 * the merger's target, or the split successor named in `rulesFollow`. Null before any succession.
 */
export function successorOn(state: DepartmentState, date: string): string | null {
  if (state.status !== 'registered' || state.succession === null || !isSucceededOn(state, date)) return null;
  return successorOf(state.succession);
}
