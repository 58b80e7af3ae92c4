/**
 * Every list the read API pages, as the view query it runs: one place, so the controllers run
 * exactly what test/src/queries/list-query-plans.int.spec.ts checks with SQLite's EXPLAIN QUERY PLAN
 * (a range of one index, in index order, never a scan or a sort of the matches). What depends on
 * "now" or "today" is a bound compared in the query against stored instants and dates (A9, A11,
 * A14, A19); a cursor continues the range where the last page ended (keyset), so a deep page costs
 * what the first one does.
 */
import { DISCLOSURE_BOUNDS, type BreachClass } from '../../../domain/rules/disclosure.js';
import { addCalendarMonths } from '../../../domain/rules/time.js';
import type { ViewQuery } from '../../view-store/view-store.port.js';
import { prefixRange } from './prefix-range.js';

export interface ListQuery {
  readonly projection: string;
  readonly collection: string;
  readonly query: ViewQuery;
}

export interface PageParams {
  readonly limit: number;
  readonly cursor: string | null;
}

/** A9: the longest disclosure period of any class; a breach decided earlier than that before today is no longer disclosed. */
const LONGEST_DISCLOSURE_MONTHS = Math.max(...Object.values(DISCLOSURE_BOUNDS).map((bounds) => bounds.maxMonths));

/**
 * A9: active on `today` = publishable and decisionDate ≤ today ≤ disclosedThrough. disclosedThrough is
 * decisionDate + at most 36 months (a correction recomputes both), so decisionDate ≥ today − 37 months
 * holds for every active breach: that lower bound ends the index range where the disclosed ones end,
 * instead of walking every breach ever decided on the last page.
 */
export function activeDisclosureFilter(today: string): NonNullable<ViewQuery['filter']> {
  return { publishable: true, decisionDate: { gte: addCalendarMonths(today, -(LONGEST_DISCLOSURE_MONTHS + 1)), lte: today }, disclosedThrough: { gte: today } };
}

/** A9: the public list's optional filters (null: not filtered); the decision dates are inclusive. */
export interface DisclosureFilters {
  readonly breachClass: BreachClass | null;
  readonly departmentId: string | null;
  readonly decidedFrom: string | null;
  readonly decidedTo: string | null;
}

export const NO_DISCLOSURE_FILTERS: DisclosureFilters = { breachClass: null, departmentId: null, decidedFrom: null, decidedTo: null };

/**
 * The active-disclosure range narrowed by the filters: the department or the class leads its own
 * index (departmentId or breachClass, publishable, decisionDate…), and the decision dates tighten
 * the decisionDate bounds the 37-month rule already sets.
 */
function filteredDisclosureFilter(today: string, filters: DisclosureFilters): NonNullable<ViewQuery['filter']> {
  const active = activeDisclosureFilter(today);
  const bounds = active.decisionDate as { gte: string; lte: string };
  const gte = filters.decidedFrom !== null && filters.decidedFrom > bounds.gte ? filters.decidedFrom : bounds.gte;
  const lte = filters.decidedTo !== null && filters.decidedTo < bounds.lte ? filters.decidedTo : bounds.lte;
  return {
    ...(filters.departmentId === null ? {} : { departmentId: filters.departmentId }),
    ...(filters.breachClass === null ? {} : { breachClass: filters.breachClass }),
    ...active,
    decisionDate: { gte, lte },
  };
}

const asc = (field: string) => ({ field, direction: 'asc' as const });
const desc = (field: string) => ({ field, direction: 'desc' as const });

/** The public and supervisory lists. */
export const LISTS = {
  /** A9, A28: public disclosures in force today, newest decision first; optionally by class, department and decision date. */
  disclosures: (today: string, page: PageParams, filters: DisclosureFilters = NO_DISCLOSURE_FILTERS): ListQuery => ({
    projection: 'disclosures', collection: 'disclosures', query: { filter: filteredDisclosureFilter(today, filters), sort: desc('decisionDate'), ...page },
  }),
  /** A11: pending reviews whose deadline has passed, oldest deadline first. */
  overdueReviews: (now: string, page: PageParams): ListQuery => ({
    projection: 'reviews', collection: 'reviews', query: { filter: { status: 'pending', dueAt: { lt: now } }, sort: asc('dueAt'), ...page },
  }),
  /** A11: pending reviews due between now and `until`. */
  reviewsDueSoon: (now: string, until: string, page: PageParams): ListQuery => ({
    projection: 'reviews', collection: 'reviews', query: { filter: { status: 'pending', dueAt: { gte: now, lte: until } }, sort: asc('dueAt'), ...page },
  }),
  /** A14, A19: reports not revoked whose validity ends between now and `until`. */
  expiringReports: (now: string, until: string, page: PageParams): ListQuery => ({
    projection: 'reports', collection: 'reports', query: { filter: { revoked: false, expiresAt: { gte: now, lte: until } }, sort: asc('expiresAt'), ...page },
  }),
  /** SH-SCR 36–38: open objections past the deadline of whoever decides. */
  overdueObjections: (now: string, page: PageParams): ListQuery => ({
    projection: 'objections', collection: 'objections', query: { filter: { status: 'open', dueAt: { lt: now } }, sort: asc('dueAt'), ...page },
  }),
  /** A20, A26: the agency registry by id. */
  agencies: (page: PageParams): ListQuery => ({ projection: 'agency-registry', collection: 'agencies', query: { sort: asc('id'), ...page } }),
  /** A26: the agencies that exited for misconduct (their reports are flagged). */
  misconductAgencies: (page: PageParams): ListQuery => ({
    projection: 'agency-registry', collection: 'agencies', query: { filter: { exitedForMisconduct: true }, sort: asc('id'), ...page },
  }),
  /** A13: the department registry by id. */
  departments: (page: PageParams): ListQuery => ({ projection: 'department-registry', collection: 'departments', query: { sort: asc('id'), ...page } }),
  /** A25: the departments whose merger or split names this one. */
  departmentsSucceededBy: (departmentId: string, page: PageParams): ListQuery => ({
    projection: 'department-registry', collection: 'departments', query: { filter: { successorId: departmentId }, sort: asc('id'), ...page },
  }),
  /**
   * Issue 12: organisations whose name starts with the text, by name, one range of (kind, name). A28:
   * a person's name is in no view, so persons are never found by name.
   */
  organisationsByName: (prefix: string, page: PageParams): ListQuery => ({
    projection: 'subject-status', collection: 'subject_status', query: { filter: { kind: 'organisation', name: prefixRange(prefix) }, sort: asc('name'), ...page },
  }),
  /** Issue 12: organisations whose USCC (upper-case, GB 32100-2015) starts with the text, by USCC. */
  organisationsByUscc: (prefix: string, page: PageParams): ListQuery => ({
    projection: 'subject-status', collection: 'subject_status', query: { filter: { kind: 'organisation', uscc: prefixRange(prefix) }, sort: asc('uscc'), ...page },
  }),
} as const;

/** One subject's records, by its subjectId index: the status's current items and the full lists behind them. */
export const SUBJECT_LISTS = {
  /** A9: the subject's breaches disclosed today, newest decision first. */
  activeDisclosures: (subjectId: string, today: string, page: PageParams): ListQuery => ({
    projection: 'disclosures', collection: 'disclosures', query: { filter: { subjectId, ...activeDisclosureFilter(today) }, sort: desc('decisionDate'), ...page },
  }),
  /** Every breach of the subject, newest decision first. */
  breaches: (subjectId: string, page: PageParams): ListQuery => ({
    projection: 'disclosures', collection: 'disclosures', query: { filter: { subjectId }, sort: desc('decisionDate'), ...page },
  }),
  /**
   * A14, A19: the subject's reports not revoked and not yet expired (validThrough ≥ today), latest
   * validity first; issued by today. `kind` narrows to review or credit reports.
   */
  validReports: (subjectId: string, today: string, kind: 'review-report' | 'credit-report' | null, page: PageParams): ListQuery => ({
    projection: 'reports', collection: 'reports',
    query: { filter: { subjectId, revoked: false, validThrough: { gte: today }, ...(kind === null ? {} : { kind }) }, sort: desc('validThrough'), ...page },
  }),
  /** A26: whether one of those credit reports comes from an agency that exited for misconduct. */
  validCreditReportsOf: (subjectId: string, today: string, agencyIds: readonly string[]): ListQuery => ({
    projection: 'reports', collection: 'reports',
    query: { filter: { subjectId, revoked: false, validThrough: { gte: today }, kind: 'credit-report', agencyId: { in: agencyIds } }, sort: desc('validThrough'), limit: 1 },
  }),
  /** Every report of the subject, newest first. */
  reports: (subjectId: string, page: PageParams): ListQuery => ({
    projection: 'reports', collection: 'reports', query: { filter: { subjectId }, sort: desc('issuedAt'), ...page },
  }),
  /** A11: open reviews soonest due first; all reviews newest first. */
  reviews: (subjectId: string, open: boolean, page: PageParams): ListQuery => ({
    projection: 'reviews', collection: 'reviews',
    query: open ? { filter: { subjectId, status: 'pending' }, sort: asc('dueAt'), ...page } : { filter: { subjectId }, sort: desc('receivedAt'), ...page },
  }),
  /** SH-SCR 36–38: open objections soonest due first; all objections newest first. */
  objections: (subjectId: string, open: boolean, page: PageParams): ListQuery => ({
    projection: 'objections', collection: 'objections',
    query: open ? { filter: { subjectId, status: 'open' }, sort: asc('dueAt'), ...page } : { filter: { subjectId }, sort: desc('filedAt'), ...page },
  }),
  /** A6–A8: open commitments oldest first; all commitments newest first. */
  commitments: (subjectId: string, open: boolean, page: PageParams): ListQuery => ({
    projection: 'subject-status', collection: 'commitments',
    query: open ? { filter: { subjectId, status: 'open' }, sort: asc('madeAt'), ...page } : { filter: { subjectId }, sort: desc('madeAt'), ...page },
  }),
  /** A11, SH-SCR 36–38: an open review or objection whose deadline was walked without the year's holiday notice. */
  provisionalReviews: (subjectId: string): ListQuery => ({
    projection: 'reviews', collection: 'reviews', query: { filter: { subjectId, status: 'pending', provisional: true }, limit: 1 },
  }),
  provisionalObjections: (subjectId: string): ListQuery => ({
    projection: 'objections', collection: 'objections', query: { filter: { subjectId, status: 'open', provisional: true }, limit: 1 },
  }),
} as const;
