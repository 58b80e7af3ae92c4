/**
 * The events of one department stream (`department-<id>`): registration (A2, A13, A29),
 * joining the review scheme (A13), renames, mergers and splits (docs/domain.md "Departments change
 * over time") and the department's own rules for using credit products (A24).
 */
import type { DomainEvent } from '../kernel/event.js';
import type { EventCatalogue } from '../kernel/event-catalogue.js';
import type { UsageArea } from './areas.js';
import type { CreditProduct, DepartmentKind, RuleMode } from './rule-terms.js';

export type DepartmentRegistered = DomainEvent<'DepartmentRegistered', {
  readonly departmentId: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly kind: DepartmentKind;
  readonly pilot: boolean;
  readonly participatesFrom: string | null;
  readonly basisDocument: string;
}>;

export type DepartmentJoinedReviewScheme = DomainEvent<'DepartmentJoinedReviewScheme', {
  readonly departmentId: string;
  readonly on: string;
  readonly basisDocument: string;
}>;

export type DepartmentRenamed = DomainEvent<'DepartmentRenamed', {
  readonly departmentId: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly effectiveOn: string;
  readonly basisDocument: string;
}>;

export type DepartmentMerged = DomainEvent<'DepartmentMerged', {
  readonly departmentId: string;
  readonly intoDepartmentId: string;
  readonly effectiveOn: string;
  readonly basisDocument: string;
}>;

export type DepartmentSplit = DomainEvent<'DepartmentSplit', {
  readonly departmentId: string;
  readonly successorIds: readonly string[];
  readonly effectiveOn: string;
  readonly basisDocument: string;
  readonly rulesFollow: string;
}>;

export type DepartmentRuleSet = DomainEvent<'DepartmentRuleSet', {
  readonly departmentId: string;
  readonly ruleId: string;
  readonly matterKind: string;
  readonly area: UsageArea;
  readonly products: readonly CreditProduct[];
  readonly mode: RuleMode;
  readonly effectiveFrom: string;
}>;

export type DepartmentRuleRetired = DomainEvent<'DepartmentRuleRetired', {
  readonly departmentId: string;
  readonly ruleId: string;
  readonly on: string;
}>;

export type DepartmentEvent =
  | DepartmentRegistered
  | DepartmentJoinedReviewScheme
  | DepartmentRenamed
  | DepartmentMerged
  | DepartmentSplit
  | DepartmentRuleSet
  | DepartmentRuleRetired;

const DEPARTMENT_ID = 'string — the department (stream `department-<id>`)';
const BASIS = 'string — the document that decided it (number and title)';

// What auditors read about each stored department event (docs/events.md is generated from it).
export const DEPARTMENT_EVENT_CATALOGUE: EventCatalogue = [
  {
    type: 'DepartmentRegistered',
    schemaVersion: 1,
    articles: ['A2', 'A13', 'A29'],
    description: 'A department (A2) or a user organisation (A29, counted apart) was registered; A13 pilots take part in reviews.',
    fields: {
      departmentId: DEPARTMENT_ID,
      nameZh: 'string — Chinese name at registration',
      nameEn: 'string — English name at registration',
      kind: "'department' | 'user-organisation'",
      pilot: 'boolean — one of the 28 A13 pilots',
      participatesFrom: 'date | null — first day it takes part in credit reviews; null = not yet',
      basisDocument: BASIS,
    },
  },
  {
    type: 'DepartmentJoinedReviewScheme',
    schemaVersion: 1,
    articles: ['A13'],
    description: 'A department that was not a pilot joined the credit review scheme ("others may join").',
    fields: { departmentId: DEPARTMENT_ID, on: 'date — first day it takes part', basisDocument: BASIS },
  },
  {
    type: 'DepartmentRenamed',
    schemaVersion: 1,
    articles: ['A2', 'A24'],
    description: 'The department took a new name from a date; earlier events keep the name then in force.',
    fields: {
      departmentId: DEPARTMENT_ID,
      nameZh: 'string — new Chinese name',
      nameEn: 'string — new English name',
      effectiveOn: 'date — first day of the new name',
      basisDocument: BASIS,
    },
  },
  {
    type: 'DepartmentMerged',
    schemaVersion: 1,
    articles: ['A24', 'A25'],
    description: 'The department was merged into another, which takes over its rules, pending reviews and statistics.',
    fields: {
      departmentId: DEPARTMENT_ID,
      intoDepartmentId: 'string — the successor',
      effectiveOn: 'date — first day of the merger',
      basisDocument: BASIS,
    },
  },
  {
    type: 'DepartmentSplit',
    schemaVersion: 1,
    articles: ['A24', 'A25'],
    description: 'The department was split among successors; one of them takes over its rules.',
    fields: {
      departmentId: DEPARTMENT_ID,
      successorIds: 'string[] — the successors',
      effectiveOn: 'date — first day of the split',
      basisDocument: BASIS,
      rulesFollow: 'string — the successor that takes over the A24 rules',
    },
  },
  {
    type: 'DepartmentRuleSet',
    schemaVersion: 1,
    articles: ['A24', 'A12', 'A17'],
    description: 'The department set which credit products a kind of matter in an area requires, from a date.',
    fields: {
      departmentId: DEPARTMENT_ID,
      ruleId: 'string — id of the rule',
      matterKind: 'string — code of the kind of administrative matter',
      area: 'string — A12 review area or A17 report area code (domain/department/areas.ts)',
      products: "('commitment' | 'review' | 'report')[] — non-empty, no repeats",
      mode: "'all' | 'any' — every listed product, or any one of them",
      effectiveFrom: 'date — first day the rule applies',
    },
  },
  {
    type: 'DepartmentRuleRetired',
    schemaVersion: 1,
    articles: ['A24'],
    description: 'A rule of the department stops applying.',
    fields: { departmentId: DEPARTMENT_ID, ruleId: 'string — the rule', on: 'date — first day it no longer applies' },
  },
];
