/** What decide() and the date queries need to know about one department, folded from its events. */
import type { UsageArea } from './areas.js';
import type { CreditProduct, DepartmentKind, RuleMode } from './rule-terms.js';

/** A name in force from `effectiveOn`; the registered name has `effectiveOn: null` (in force before any rename). */
export type DepartmentName = { readonly nameZh: string; readonly nameEn: string; readonly effectiveOn: string | null };

/** A24: one of the department's rules, applying on [effectiveFrom, retiredOn). */
export type DepartmentRule = {
  readonly ruleId: string;
  readonly matterKind: string;
  readonly area: UsageArea;
  readonly products: readonly CreditProduct[];
  readonly mode: RuleMode;
  readonly effectiveFrom: string;
  readonly retiredOn: string | null;
};

export type DepartmentSuccession =
  | { readonly kind: 'merged'; readonly effectiveOn: string; readonly intoDepartmentId: string }
  | { readonly kind: 'split'; readonly effectiveOn: string; readonly successorIds: readonly string[]; readonly rulesFollow: string };

export type RegisteredDepartmentState = {
  readonly status: 'registered';
  readonly departmentId: string;
  readonly kind: DepartmentKind;
  readonly pilot: boolean;
  /** A13: first day it takes part in credit reviews; null = not (yet) taking part. */
  readonly participatesFrom: string | null;
  /** Sorted by effective date, the registered name first. */
  readonly names: readonly DepartmentName[];
  readonly rules: readonly DepartmentRule[];
  readonly succession: DepartmentSuccession | null;
};

export type DepartmentState = { readonly status: 'not-registered' } | RegisteredDepartmentState;

export const INITIAL_DEPARTMENT_STATE: DepartmentState = { status: 'not-registered' };

/** The successor that carries the department's rules, reviews and statistics (A24, A25). */
export function successorOf(succession: DepartmentSuccession): string {
  return succession.kind === 'merged' ? succession.intoDepartmentId : succession.rulesFollow;
}

/** Has a merger or split taken effect by this date? */
export function isSucceededOn(state: RegisteredDepartmentState, date: string): boolean {
  return state.succession !== null && state.succession.effectiveOn <= date;
}
