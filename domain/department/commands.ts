/**
 * What an operator asks of a department stream (A2, A13, A24). Every command carries the
 * instant it is decided at (`now`) and the department's id; successors are data, not code.
 */
import type { CommandContext } from '../kernel/event.js';

type DepartmentCommandOf<Type extends string, Fields> = CommandContext & { readonly type: Type; readonly departmentId: string } & Fields;

/** A2/A13/A29. A non-pilot that does not take part in reviews yet has `participatesFrom: null`. */
export type RegisterDepartment = DepartmentCommandOf<'RegisterDepartment', {
  readonly nameZh: string;
  readonly nameEn: string;
  readonly kind: string;
  readonly pilot: boolean;
  readonly participatesFrom: string | null;
  readonly basisDocument: string;
}>;

/** A13 "others may join": a registered department starts taking part in reviews on `on`. */
export type JoinReviewScheme = DepartmentCommandOf<'JoinReviewScheme', { readonly on: string; readonly basisDocument: string }>;

export type RenameDepartment = DepartmentCommandOf<'RenameDepartment', {
  readonly nameZh: string;
  readonly nameEn: string;
  readonly effectiveOn: string;
  readonly basisDocument: string;
}>;

export type MergeDepartment = DepartmentCommandOf<'MergeDepartment', {
  readonly intoDepartmentId: string;
  readonly effectiveOn: string;
  readonly basisDocument: string;
}>;

/** `rulesFollow` names the successor that takes over this department's A24 rules. */
export type SplitDepartment = DepartmentCommandOf<'SplitDepartment', {
  readonly successorIds: readonly string[];
  readonly effectiveOn: string;
  readonly basisDocument: string;
  readonly rulesFollow: string;
}>;

/** A24: which credit products a matter in an area requires, from a date. */
export type SetDepartmentRule = DepartmentCommandOf<'SetDepartmentRule', {
  readonly ruleId: string;
  readonly matterKind: string;
  readonly area: string;
  readonly products: readonly string[];
  readonly mode: string;
  readonly effectiveFrom: string;
}>;

/** A24: the rule no longer applies from `on`. */
export type RetireDepartmentRule = DepartmentCommandOf<'RetireDepartmentRule', { readonly ruleId: string; readonly on: string }>;

export type DepartmentCommand =
  | RegisterDepartment
  | JoinReviewScheme
  | RenameDepartment
  | MergeDepartment
  | SplitDepartment
  | SetDepartmentRule
  | RetireDepartmentRule;
