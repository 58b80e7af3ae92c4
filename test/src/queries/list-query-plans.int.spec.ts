/**
 * Every list the read API pages walks one index range in order: SQLite's EXPLAIN QUERY PLAN of the
 * very queries the controllers run (src/use-case-support/lists/list-queries.ts), first page and a deep page, on the
 * views the projections declare, with and without planner statistics. A plan that scans a table
 * or sorts the matches (`USE TEMP B-TREE FOR ORDER BY`) fails the test.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { ALL_PROJECTIONS } from '../../../projections/index.js';
import { LISTS, NO_DISCLOSURE_FILTERS, SUBJECT_LISTS, type ListQuery, type PageParams } from '../../../src/use-case-support/lists/list-queries.js';
import type { JsonObject } from '../../../src/shared/json.js';
import { SqliteViewStore } from '../../../src/view-store/sqlite/sqlite-view-store.js';
import type { ViewQuery } from '../../../src/view-store/view-store.port.js';
import { tempDir } from '../../support/temp-dir.js';

const TODAY = '2026-03-06';
const NOW = '2026-03-06T09:30:00.000+08:00';
const UNTIL = '2026-04-05T09:30:00.000+08:00';
const SUBJECT = 'S0007';
const PAGE: PageParams = { limit: 5, cursor: null };

/** What is wrong with a plan, if anything: a scan (unless an unfiltered walk of the unique id index, which stops at the page's end) or a sort. */
export function planProblems(plan: readonly string[], query: ViewQuery): string[] {
  const unfiltered = Object.keys(query.filter ?? {}).length === 0;
  return plan.filter((step) => /TEMP B-TREE/.test(step) || (/^SCAN /.test(step) && !(unfiltered && /^SCAN "?v_\w+"?( USING (COVERING )?INDEX sqlite_autoindex_v_\w+_1)?$/.test(step))) || (/^SCAN .* INDEX/.test(step) && !(unfiltered && /INDEX sqlite_autoindex_/.test(step))));
}

const date = (i: number, year = 2025) => `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
const instant = (i: number, year = 2026) => `${date(i, year)}T10:00:00.000+08:00`;

/** A few thousand documents per view, spread over 100 subjects, so the planner has real choices to make. */
function documents(collection: string, i: number): JsonObject | null {
  const subjectId = `S${String(i % 100).padStart(4, '0')}`;
  switch (collection) {
    case 'disclosures':
      return {
        subjectId, breachId: `B${i}`, publishable: i % 4 !== 0, decisionDate: date(i, 2023 + (i % 4)), disclosedThrough: date(i + 3, 2024 + (i % 4)),
        departmentId: `ks-d${i % 20}`, breachClass: (['minor', 'general', 'serious'] as const)[i % 3]!,
      };
    case 'reviews':
      return { subjectId, reviewId: `R${i}`, status: i % 5 === 0 ? 'pending' : 'completed', dueAt: instant(i), receivedAt: instant(i - 1), provisional: i % 50 === 0 };
    case 'reports':
      return { subjectId, id: `P${i}`, kind: i % 2 ? 'credit-report' : 'review-report', revoked: i % 30 === 0, issuedAt: instant(i, 2025), validThrough: date(i, 2026), expiresAt: instant(i), agencyId: `A${i % 20}` };
    case 'objections':
      return { subjectId, objectionId: `O${i}`, status: i % 3 === 0 ? 'open' : 'decided', dueAt: i % 3 === 0 ? instant(i) : null, filedAt: instant(i), provisional: i % 40 === 0 };
    case 'commitments':
      return { subjectId, commitmentId: `C${i}`, status: i % 2 ? 'open' : 'kept', madeAt: instant(i) };
    case 'agencies':
      return { agencyId: `A${i}`, exitedForMisconduct: i % 50 === 0 };
    case 'subject_status':
      return i % 3 === 0
        ? { subjectId: `P${i}`, kind: 'person', name: null, uscc: null }
        : { subjectId: `U${i}`, kind: 'organisation', name: `${['昆山', '苏州', '上海'][i % 3]}示例${i}有限公司`, uscc: `91320583${String(i).padStart(9, '0')}X` };
    case 'departments':
      return { departmentId: `D${i}`, successorId: i % 10 === 0 ? `D${i + 1}` : null };
    default:
      return null;
  }
}

const ROUTES: ReadonlyArray<readonly [string, (page: typeof PAGE) => ListQuery]> = [
  ['GET /disclosures', (page) => LISTS.disclosures(TODAY, page)],
  ['GET /disclosures?departmentId=', (page) => LISTS.disclosures(TODAY, page, { ...NO_DISCLOSURE_FILTERS, departmentId: 'ks-d7' })],
  ['GET /disclosures?breachClass=', (page) => LISTS.disclosures(TODAY, page, { ...NO_DISCLOSURE_FILTERS, breachClass: 'serious' })],
  ['GET /disclosures?departmentId=&breachClass=&decidedFrom=&decidedTo=', (page) => LISTS.disclosures(TODAY, page, { breachClass: 'general', departmentId: 'ks-d7', decidedFrom: '2025-01-01', decidedTo: '2026-02-28' })],
  ['GET /disclosures?decidedFrom=&decidedTo=', (page) => LISTS.disclosures(TODAY, page, { ...NO_DISCLOSURE_FILTERS, decidedFrom: '2025-06-01', decidedTo: '2025-12-31' })],
  ['GET /reviews/overdue', (page) => LISTS.overdueReviews(NOW, page)],
  ['GET /reviews/due-soon', (page) => LISTS.reviewsDueSoon('2026-01-01T00:00:00.000+08:00', UNTIL, page)],
  ['GET /reports/expiring', (page) => LISTS.expiringReports('2026-01-01T00:00:00.000+08:00', UNTIL, page)],
  ['GET /objections/overdue', (page) => LISTS.overdueObjections(NOW, page)],
  ['GET /agencies', (page) => LISTS.agencies(page)],
  ['GET /agencies (A26 misconduct)', (page) => LISTS.misconductAgencies(page)],
  ['GET /subjects?q= (by name)', (page) => LISTS.organisationsByName('昆山示例1', page)],
  ['GET /subjects?q= (by USCC)', (page) => LISTS.organisationsByUscc('913205830000012', page)],
  ['GET /departments', (page) => LISTS.departments(page)],
  ['GET /departments/{did}/usage (predecessors)', (page) => LISTS.departmentsSucceededBy('D11', page)],
  ['GET /subjects/{id}/breaches?active=true', (page) => SUBJECT_LISTS.activeDisclosures(SUBJECT, TODAY, page)],
  ['GET /subjects/{id}/breaches', (page) => SUBJECT_LISTS.breaches(SUBJECT, page)],
  ['GET /subjects/{id}/reports?valid=true', (page) => SUBJECT_LISTS.validReports(SUBJECT, '2026-01-01', null, page)],
  ['GET /subjects/{id}/reports?valid=true&kind=credit-report', (page) => SUBJECT_LISTS.validReports(SUBJECT, '2026-01-01', 'credit-report', page)],
  ['GET /subjects/{id}/reports', (page) => SUBJECT_LISTS.reports(SUBJECT, page)],
  ['GET /subjects/{id}/reviews?open=true', (page) => SUBJECT_LISTS.reviews(SUBJECT, true, page)],
  ['GET /subjects/{id}/reviews', (page) => SUBJECT_LISTS.reviews(SUBJECT, false, page)],
  ['GET /subjects/{id}/objections?open=true', (page) => SUBJECT_LISTS.objections(SUBJECT, true, page)],
  ['GET /subjects/{id}/objections', (page) => SUBJECT_LISTS.objections(SUBJECT, false, page)],
  ['GET /subjects/{id}/commitments?open=true', (page) => SUBJECT_LISTS.commitments(SUBJECT, true, page)],
  ['GET /subjects/{id}/commitments', (page) => SUBJECT_LISTS.commitments(SUBJECT, false, page)],
  ['GET /subjects/{id}/status (A26 flag)', () => SUBJECT_LISTS.validCreditReportsOf(SUBJECT, '2026-01-01', ['A0', 'A10'])],
  ['GET /subjects/{id}/status (provisional reviews)', () => SUBJECT_LISTS.provisionalReviews(SUBJECT)],
  ['GET /subjects/{id}/status (provisional objections)', () => SUBJECT_LISTS.provisionalObjections(SUBJECT)],
];

describe('list query plans (SQLite EXPLAIN QUERY PLAN)', () => {
  const dir = tempDir();
  const file = join(dir.path, 'views.sqlite');
  let views: SqliteViewStore;

  beforeAll(async () => {
    views = new SqliteViewStore(file);
    for (const projection of ALL_PROJECTIONS) for (const collection of projection.collections) await views.ensureCollection(collection);
    for (const collection of ['disclosures', 'reviews', 'reports', 'objections', 'commitments', 'agencies', 'departments', 'subject_status']) {
      const changes = Array.from({ length: 3000 }, (_, i) => ({ collection, id: `${collection}-${String(i).padStart(5, '0')}`, doc: documents(collection, i)! }));
      await views.commit({ changes });
    }
  });
  afterAll(async () => {
    await views.close();
    dir.remove();
  });

  /** The route's first page and the page after it (a keyset cursor), each with its plan. */
  async function plans(build: (page: typeof PAGE) => ListQuery) {
    const first = build(PAGE);
    const page = await views.find(first.collection, first.query);
    const deep = build({ ...PAGE, cursor: page.nextCursor });
    return [first, deep].map(({ collection, query }) => ({ query, plan: views.explain(collection, query), count: views.explain(collection, query, { count: true }) }));
  }

  describe.each([['without planner statistics', false], ['after ANALYZE', true]] as const)('%s', (_label, analyze) => {
    beforeAll(() => {
      if (!analyze) return;
      const db = new BetterSqlite3(file);
      db.exec('ANALYZE');
      db.close();
    });

    it.each(ROUTES)('%s walks one index range in order, first page and deep page, and counts on an index', async (_route, build) => {
      for (const { query, plan, count } of await plans(build)) {
        expect({ plan, problems: planProblems(plan, query) }).toEqual({ plan, problems: [] });
        if (Object.keys(query.filter ?? {}).length > 0) expect(count.every((step) => /^SEARCH .*INDEX/.test(step))).toBe(true);
      }
    });
  });

  it('a deep page continues the range from its cursor: the sort field is bounded in the index search', async () => {
    const [, deep] = await plans((page) => LISTS.overdueReviews(NOW, page));
    expect(deep!.query.cursor).toEqual(expect.any(String));
    expect(deep!.plan).toEqual([expect.stringMatching(/^SEARCH v_reviews USING INDEX "?ix_reviews_status\+dueAt"? \(<expr>=\? AND <expr>>\? AND <expr><\?\)$/)]);
  });

  it('A9 filters (issue 12): a department or a class filter is a range of its own index, not the whole active range checked row by row', async () => {
    const byDepartment = LISTS.disclosures(TODAY, PAGE, { ...NO_DISCLOSURE_FILTERS, departmentId: 'ks-d7' });
    const byClass = LISTS.disclosures(TODAY, PAGE, { ...NO_DISCLOSURE_FILTERS, breachClass: 'serious' });
    const both = LISTS.disclosures(TODAY, PAGE, { ...NO_DISCLOSURE_FILTERS, departmentId: 'ks-d7', breachClass: 'serious' });
    expect(views.explain(byDepartment.collection, byDepartment.query)).toEqual([expect.stringMatching(/^SEARCH v_disclosures USING INDEX "?ix_disclosures_publishable\+departmentId\+decisionDate/)]);
    expect(views.explain(byClass.collection, byClass.query)).toEqual([expect.stringMatching(/^SEARCH v_disclosures USING INDEX "?ix_disclosures_publishable\+breachClass\+decisionDate/)]);
    expect(views.explain(both.collection, both.query)).toEqual([expect.stringMatching(/^SEARCH v_disclosures USING INDEX "?ix_disclosures_publishable\+(departmentId|breachClass)\+decisionDate/)]);
  });

  it('the check fails a query whose order no index gives (the matches sorted in a temp B-tree) and a filtered scan', () => {
    const sorted: ViewQuery = { filter: { status: 'pending' }, sort: { field: 'receivedAt', direction: 'asc' }, limit: 5 };
    expect(planProblems(views.explain('reviews', sorted), sorted)).toEqual([expect.stringMatching(/TEMP B-TREE FOR ORDER BY/)]);
    const scanned: ViewQuery = { filter: { provisional: true }, limit: 5 };
    expect(planProblems(views.explain('reviews', scanned), scanned).length).toBeGreaterThan(0);
  });
});
