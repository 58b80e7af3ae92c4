import { BREACH_CLASSES, type BreachClass } from '../../domain/rules/disclosure.js';
import { isValidCalendarDate } from '../../domain/rules/time.js';
import { badQuery } from '../http/query-params.js';
import type { DisclosureFilters } from '../use-case-support/lists/list-queries.js';
import { oneOfParam } from '../use-case-support/lists/query-params.js';
import { DEPARTMENT_ID_EXPECTED, DEPARTMENT_ID_PATTERN } from '../use-case-support/paths/department-id.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface DisclosureFilterParams {
  readonly breachClass?: unknown;
  readonly departmentId?: unknown;
  readonly decidedFrom?: unknown;
  readonly decidedTo?: unknown;
}

/**
 * A single text value. A repeated parameter (`?a=1&a=2`) arrives joined with commas by the
 * framework's string conversion, which no rule here accepts; an array is refused all the same.
 */
function text(field: string, raw: unknown, rule: string, expected: string): string | null {
  if (raw === undefined || raw === '') return null;
  if (typeof raw !== 'string') throw badQuery(field, rule, expected);
  return raw;
}

function dateParam(field: string, raw: unknown): string | null {
  const value = text(field, raw, 'DATE', 'must be a date YYYY-MM-DD');
  if (value !== null && !(DATE.test(value) && isValidCalendarDate(value))) throw badQuery(field, 'DATE', 'must be a date YYYY-MM-DD');
  return value;
}

/**
 * A9: the public list's optional filters — breach class, the deciding department, and the decision
 * date from/to (inclusive). Each bad value is a 400 naming the field and the rule.
 */
export function disclosureFilters(params: DisclosureFilterParams): DisclosureFilters {
  const breachClass = oneOfParam<BreachClass>('breachClass', text('breachClass', params.breachClass, 'ONE_OF', `must be one of ${BREACH_CLASSES.join(', ')}`) ?? undefined, BREACH_CLASSES);
  const departmentId = text('departmentId', params.departmentId, 'DEPARTMENT_ID', `must be ${DEPARTMENT_ID_EXPECTED}`);
  if (departmentId !== null && !DEPARTMENT_ID_PATTERN.test(departmentId)) throw badQuery('departmentId', 'DEPARTMENT_ID', `must be ${DEPARTMENT_ID_EXPECTED}`);
  const decidedFrom = dateParam('decidedFrom', params.decidedFrom);
  const decidedTo = dateParam('decidedTo', params.decidedTo);
  if (decidedFrom !== null && decidedTo !== null && decidedFrom > decidedTo) throw badQuery('decidedTo', 'DATE_ORDER', `must be on or after decidedFrom (${decidedFrom})`);
  return { breachClass, departmentId, decidedFrom, decidedTo };
}

/** What a cursor of this list is tied to: the same filters, in a fixed order. */
export function disclosureFiltersScope(filters: DisclosureFilters): string {
  return JSON.stringify(['disclosures', filters.breachClass, filters.departmentId, filters.decidedFrom, filters.decidedTo]);
}
