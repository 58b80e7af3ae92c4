import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import fc from 'fast-check';
import { ManualClock } from '../support/clocks.js';
import { startTestApp } from '../support/test-app.js';
import { breachBody, caughtUp, housing, http, identityNumber, ORG, OTHER_ORG, planning, recordBreach, registerOrganisation, registerPerson, transport, type TestApp } from './records-fixture.js';

type Item = { breachId: string; breachClass: string; departmentId: string; decisionDate: string; subject: { kind: string; name: string } };
type Filters = { breachClass?: string; departmentId?: string; decidedFrom?: string; decidedTo?: string };

/**
 * A9, issue 12: the public disclosure list filtered by class, department and decision date, paged
 * by a cursor that continues only the same filters; persons stay masked (A28). Business time is
 * fixed at 2026-03-06 09:30 (Asia/Shanghai).
 */
describe('GET /disclosures filters: breachClass, departmentId, decidedFrom, decidedTo (real app, SQLite)', () => {
  const clock = ManualClock.at('2026-03-06T09:30:00+08:00');
  let ctx: TestApp;
  let all: Item[];
  let personBreach: string;
  let persons: string[];

  let written: { 'X-Min-Position': string };
  /** Every breach is recorded in beforeAll: each read waits for the views to have applied them all. */
  const list = (query: Record<string, string | number>) => http(ctx).get('/disclosures').query(query).set(written);
  const ids = (items: Item[]) => items.map((item) => item.breachId);

  /** Every page of one filtered query, `limit` at a time, following nextCursor. */
  async function walk(filters: Filters, limit: number): Promise<Item[]> {
    const items: Item[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string | number> = cursor === null ? { ...filters, limit } : { ...filters, limit, cursor };
      const page: { items: Item[]; nextCursor: string | null } = (await list(query).expect(200)).body;
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    return items;
  }

  const matches = (item: Item, filters: Filters) =>
    (filters.breachClass === undefined || item.breachClass === filters.breachClass) &&
    (filters.departmentId === undefined || item.departmentId === filters.departmentId) &&
    (filters.decidedFrom === undefined || item.decisionDate >= filters.decidedFrom) &&
    (filters.decidedTo === undefined || item.decisionDate <= filters.decidedTo);

  beforeAll(async () => {
    ctx = await startTestApp({}, { clock });
    await registerOrganisation(ctx, ORG);
    await registerOrganisation(ctx, OTHER_ORG);
    const first = await registerPerson(ctx, identityNumber('320583', '1980-05-17', '123'), '欧阳娜娜');
    const second = await registerPerson(ctx, identityNumber('320583', '1975-09-02', '456'), '司马光明');
    persons = [first, second];
    const breach = (breachClass: string, decisionDate: string, disclosureMonths: number) => ({ ...breachBody, breachClass, decisionDate, disclosureMonths });
    await recordBreach(ctx, ORG, housing, breach('general', '2026-01-10', 12));
    await recordBreach(ctx, ORG, transport, breach('serious', '2025-11-20', 24));
    await recordBreach(ctx, OTHER_ORG, housing, breach('minor', '2026-02-15', 3));
    personBreach = await recordBreach(ctx, first, housing, breach('serious', '2026-02-01', 36));
    await recordBreach(ctx, second, transport, breach('general', '2025-12-05', 12));
    await recordBreach(ctx, first, planning, breach('general', '2026-03-01', 6));
    await recordBreach(ctx, OTHER_ORG, transport, breach('general', '2025-06-01', 3)); // disclosed through 2025-08-31: no longer public
    await recordBreach(ctx, ORG, housing, breach('minor', '2026-02-20', 0)); // A9: a minor breach not disclosed
    written = await caughtUp(ctx);
    all = (await list({ limit: 500 }).expect(200)).body.items;
  });
  afterAll(async () => ctx.close());

  it('A9: without filters, the six breaches disclosed today, newest decision first', () => {
    expect(all.map((item) => [item.decisionDate, item.breachClass, item.departmentId])).toEqual([
      ['2026-03-01', 'general', 'ks-planning'], ['2026-02-15', 'minor', 'ks-housing'], ['2026-02-01', 'serious', 'ks-housing'],
      ['2026-01-10', 'general', 'ks-housing'], ['2025-12-05', 'general', 'ks-transport'], ['2025-11-20', 'serious', 'ks-transport'],
    ]);
  });

  it('A9: each filter alone narrows the list, in the same order', async () => {
    expect((await list({ breachClass: 'serious' }).expect(200)).body.items.map((i: Item) => i.decisionDate)).toEqual(['2026-02-01', '2025-11-20']);
    expect((await list({ departmentId: 'ks-transport' }).expect(200)).body.items.map((i: Item) => i.decisionDate)).toEqual(['2025-12-05', '2025-11-20']);
    expect((await list({ decidedFrom: '2026-01-10' }).expect(200)).body.items.map((i: Item) => i.decisionDate)).toEqual(['2026-03-01', '2026-02-15', '2026-02-01', '2026-01-10']);
    expect((await list({ decidedTo: '2025-12-05' }).expect(200)).body.items.map((i: Item) => i.decisionDate)).toEqual(['2025-12-05', '2025-11-20']);
    expect((await list({ departmentId: 'ks-drc' }).expect(200)).body).toMatchObject({ items: [], nextCursor: null });
  });

  it('A9: filters combine (class and department and a date window, both ends inclusive)', async () => {
    expect((await list({ breachClass: 'general', departmentId: 'ks-housing' }).expect(200)).body.items.map((i: Item) => i.decisionDate)).toEqual(['2026-01-10']);
    expect((await list({ breachClass: 'general', decidedFrom: '2025-12-05', decidedTo: '2026-01-10' }).expect(200)).body.items.map((i: Item) => i.decisionDate)).toEqual(['2026-01-10', '2025-12-05']);
    expect((await list({ departmentId: 'ks-housing', decidedFrom: '2026-02-01', decidedTo: '2026-02-01' }).expect(200)).body.items.map((i: Item) => i.breachId)).toEqual([personBreach]);
    // A window before the 37 months any disclosure can last, or after today, finds nothing (A9).
    expect((await list({ decidedTo: '2022-12-31' }).expect(200)).body.items).toEqual([]);
    expect((await list({ decidedFrom: '2026-03-07' }).expect(200)).body.items).toEqual([]);
  });

  it('paging a filtered list with limit 1: each nextCursor continues the same filters to the end', async () => {
    const filters = { departmentId: 'ks-housing', decidedFrom: '2026-01-01' };
    const paged = await walk(filters, 1);
    expect(paged.map((item) => item.decisionDate)).toEqual(['2026-02-15', '2026-02-01', '2026-01-10']);
    expect(ids(paged)).toEqual(ids(all.filter((item) => matches(item, filters))));
  });

  it('a cursor of another filter (or of the unfiltered list) is 400 INVALID_VIEW_QUERY naming cursor', async () => {
    const { body } = await list({ breachClass: 'general', limit: 1 }).expect(200);
    expect(body.nextCursor).toEqual(expect.any(String));
    const others: Filters[] = [{ breachClass: 'serious' }, {}, { breachClass: 'general', departmentId: 'ks-housing' }, { breachClass: 'general', decidedTo: '2026-03-06' }];
    for (const other of others) {
      const refused = await list({ ...other, limit: 1, cursor: body.nextCursor as string }).expect(400);
      expect(refused.body).toMatchObject({ code: 'INVALID_VIEW_QUERY', details: { field: 'cursor', rule: 'CURSOR' } });
    }
    const unfiltered = (await list({ limit: 1 }).expect(200)).body.nextCursor;
    expect((await list({ breachClass: 'general', limit: 1, cursor: unfiltered }).expect(400)).body.code).toBe('INVALID_VIEW_QUERY');
    expect((await list({ cursor: 'not-a-cursor' }).expect(400)).body).toMatchObject({ code: 'INVALID_VIEW_QUERY', details: { field: 'cursor', rule: 'CURSOR' } });
  });

  it.each([
    [{ breachClass: 'grave' }, 'breachClass', 'ONE_OF'],
    [{ breachClass: 'SERIOUS' }, 'breachClass', 'ONE_OF'],
    [{ departmentId: 'ks housing' }, 'departmentId', 'DEPARTMENT_ID'],
    [{ departmentId: '-ks' }, 'departmentId', 'DEPARTMENT_ID'],
    [{ departmentId: 'k'.repeat(65) }, 'departmentId', 'DEPARTMENT_ID'],
    [{ decidedFrom: '2026-02-30' }, 'decidedFrom', 'DATE'],
    [{ decidedFrom: '2026-1-5' }, 'decidedFrom', 'DATE'],
    [{ decidedTo: '2026-03-06T00:00:00+08:00' }, 'decidedTo', 'DATE'],
    [{ decidedFrom: '2026-02-01', decidedTo: '2026-01-31' }, 'decidedTo', 'DATE_ORDER'],
  ])('bad input %j is 400 VALIDATION_FAILED naming %s (%s)', async (query, field, rule) => {
    const { body } = await list(query as Record<string, string>).expect(400);
    expect(body).toMatchObject({ code: 'VALIDATION_FAILED', details: { field, rule } });
  });

  it('a filter given twice is refused, naming it', async () => {
    const { body } = await http(ctx).get('/disclosures?breachClass=general&breachClass=serious').expect(400);
    expect(body).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'breachClass', rule: 'ONE_OF' } });
  });

  it('A28: a filter that finds persons shows them masked, never their name, identity number or pseudonymous id', async () => {
    const { body } = await list({ departmentId: 'ks-housing', breachClass: 'serious' }).expect(200);
    expect(body.items.map((item: Item) => item.subject)).toEqual([{ kind: 'person', name: '欧阳**' }]);
    const planningItems = (await list({ departmentId: 'ks-planning' }).expect(200)).body.items;
    expect(planningItems.map((item: Item) => item.subject)).toEqual([{ kind: 'person', name: '欧阳**' }]);
    const text = JSON.stringify([body, planningItems, all]);
    expect(text).not.toMatch(/娜娜|光明|320583198005|320583197509/);
    for (const subjectId of persons) expect(text).not.toContain(subjectId);
    expect(all.filter((item) => item.subject.kind === 'person').map((item) => item.subject.name).sort()).toEqual(['司马**', '欧阳**', '欧阳**']);
  });

  it('property (A9): for random filters and page sizes, the pages equal the unfiltered list filtered in memory', async () => {
    const day = fc.constantFrom('2025-11-20', '2025-12-01', '2025-12-05', '2026-01-10', '2026-02-01', '2026-02-15', '2026-03-01', '2026-03-06');
    const filters = fc.record({
      breachClass: fc.option(fc.constantFrom('minor', 'general', 'serious'), { nil: undefined }),
      departmentId: fc.option(fc.constantFrom('ks-housing', 'ks-transport', 'ks-planning', 'ks-drc'), { nil: undefined }),
      decidedFrom: fc.option(day, { nil: undefined }),
      decidedTo: fc.option(day, { nil: undefined }),
    }, { requiredKeys: [] }).map((f) => (f.decidedFrom !== undefined && f.decidedTo !== undefined && f.decidedFrom > f.decidedTo ? { ...f, decidedFrom: f.decidedTo, decidedTo: f.decidedFrom } : f));
    await fc.assert(
      fc.asyncProperty(filters, fc.integer({ min: 1, max: 4 }), async (given, limit) => {
        const query = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)) as Filters;
        expect(ids(await walk(query, limit))).toEqual(ids(all.filter((item) => matches(item, query))));
      }),
      { seed: 20261206, numRuns: 40 },
    );
  });
});
