import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { ManualClock } from '../support/clocks.js';
import { startTestApp } from '../support/test-app.js';
import { actor } from '../support/actors.js';
import { breachBody, commitmentBody, housing, caughtUp, http, ORG, subjectActor, type TestApp } from './records-fixture.js';

const office = actor('credit-office', 'supervisor-1');
const finance = actor('department', 'officer-2', 'ks-finance');
const ACTIVE = 23;
const decisionDate = (i: number) => `2026-02-${String(i + 1).padStart(2, '0')}`;

/** Follows nextCursor through a list, `limit` at a time; every page answers 200. */
async function pageThrough(ctx: TestApp, path: string, limit: number, who: Record<string, string> = office) {
  const ids: string[] = [];
  const pages: number[] = [];
  let cursor: string | null = null;
  do {
    const response: { body: { items: Array<{ breachId?: string; commitmentId?: string }>; nextCursor: string | null } } = await http(ctx).get(path).query({ limit, ...(cursor ? { cursor } : {}) }).set(who).expect(200);
    ids.push(...response.body.items.map((item) => String(item.breachId ?? item.commitmentId)));
    pages.push(response.body.items.length);
    cursor = response.body.nextCursor;
  } while (cursor !== null);
  return { ids, pages };
}

/**
 * A subject with more records than the status shows: the status stays bounded (each current list
 * capped, with its total and the route of the full list), and the full lists page with cursors.
 */
describe('a subject\'s status and the full lists behind it (real app, SQLite, manual clock)', () => {
  const clock = ManualClock.at('2026-03-06T09:30:00+08:00');
  let ctx: TestApp;
  const breachIds: string[] = [];

  beforeAll(async () => {
    ctx = await startTestApp({}, { clock });
    await http(ctx).post('/subjects').set(housing).send({ kind: 'organisation', uscc: ORG, name: '昆山示例精密机械有限公司' }).expect(201);
    for (let i = 0; i < ACTIVE; i += 1) {
      const response = await http(ctx).post(`/subjects/${ORG}/breaches`).set(housing).send({ ...breachBody, decisionDate: decisionDate(i), basisDocument: `昆住建罚〔2026〕${i + 1}号` }).expect(201);
      breachIds.push(response.body.breachId);
    }
    // A9: a minor breach disclosed for 0 months is recorded but never disclosed.
    await http(ctx).post(`/subjects/${ORG}/breaches`).set(housing).send({ ...breachBody, breachClass: 'minor', disclosureMonths: 0, decisionDate: '2026-03-01' }).expect(201);
    for (let i = 0; i < 2; i += 1) await http(ctx).post(`/subjects/${ORG}/commitments`).set(housing).send({ ...commitmentBody, matter: `施工许可告知承诺 ${i}` }).expect(201);
    await http(ctx).post(`/subjects/${ORG}/reviews`).set(finance).send({ area: 'fiscal-funds-policy-loans', matter: '2026年度科技型中小企业贷款贴息申报' }).expect(201);
  });
  afterAll(async () => ctx.close());


  it('A9: the status shows 20 of the 23 active disclosures, newest first, with the total and the route of the rest', async () => {
    const status = (await http(ctx).get(`/subjects/${ORG}/status`).set(office).set(await caughtUp(ctx)).expect(200)).body;
    expect(status.activeDisclosures).toHaveLength(20);
    expect(status.activeDisclosures.map((d: { decisionDate: string }) => d.decisionDate)).toEqual(Array.from({ length: 20 }, (_, i) => decisionDate(ACTIVE - 1 - i)));
    expect(status.lists.activeDisclosures).toEqual({ shown: 20, total: ACTIVE, href: `/subjects/${ORG}/breaches?active=true` });
    expect(status.lists.breaches).toEqual({ total: ACTIVE + 1, href: `/subjects/${ORG}/breaches` });
    expect(status.lists.openCommitments).toEqual({ shown: 2, total: 2, href: `/subjects/${ORG}/commitments?open=true` });
    expect(status.openReviews).toEqual([expect.objectContaining({ forDepartmentId: 'ks-finance', status: 'pending' })]);
    expect(status.lists.reviews).toEqual({ total: 1, href: `/subjects/${ORG}/reviews` });
    expect(status.flags).toEqual({ needsAmendment: false, provisionalCalendar: false, agencyExitedForMisconduct: false });
  });

  it('A9: /breaches?active=true pages every active disclosure once, newest decision first; /breaches adds the undisclosed minor one', async () => {
    const active = await pageThrough(ctx, `/subjects/${ORG}/breaches?active=true`, 10);
    expect(active.pages).toEqual([10, 10, 3]);
    expect(active.ids).toEqual([...breachIds].reverse());
    const all = await pageThrough(ctx, `/subjects/${ORG}/breaches`, 7);
    expect(all.ids).toHaveLength(ACTIVE + 1);
    expect(new Set(all.ids).size).toBe(ACTIVE + 1);
  });

  it('A6: /commitments?open=true lists the open commitments oldest first; the subject reads its own', async () => {
    const open = (await http(ctx).get(`/subjects/${ORG}/commitments`).query({ open: true }).set(subjectActor(ORG)).expect(200)).body;
    expect(open.items.map((c: { matter: string; status: string; kindLabel: string }) => [c.matter, c.status])).toEqual([['施工许可告知承诺 0', 'open'], ['施工许可告知承诺 1', 'open']]);
    expect(open).toMatchObject({ subjectId: ORG, nextCursor: null });
  });

  it('A11, SH-SCR 36: /reviews?open=true shows the pending review; /objections is empty; /reports?valid=true too', async () => {
    expect((await http(ctx).get(`/subjects/${ORG}/reviews?open=true`).set(office).expect(200)).body.items).toEqual([expect.objectContaining({ status: 'pending', dueDate: expect.any(String) })]);
    expect((await http(ctx).get(`/subjects/${ORG}/objections`).set(office).expect(200)).body.items).toEqual([]);
    expect((await http(ctx).get(`/subjects/${ORG}/reports?valid=true&kind=credit-report`).set(office).expect(200)).body.items).toEqual([]);
  });

  it('refuses a bad flag or page (400 naming field and rule) and an unknown subject (404)', async () => {
    const bad = async (path: string, field: string, rule: string) =>
      expect((await http(ctx).get(path).set(office).expect(400)).body).toMatchObject({ code: 'VALIDATION_FAILED', details: { field, rule } });
    await bad(`/subjects/${ORG}/breaches?active=yes`, 'active', 'BOOLEAN');
    await bad(`/subjects/${ORG}/reports?kind=credit-report`, 'kind', 'WITH_VALID');
    await bad(`/subjects/${ORG}/reports?valid=true&kind=loan`, 'kind', 'ONE_OF');
    await bad(`/subjects/${ORG}/reviews?limit=0`, 'limit', 'INTEGER_RANGE');
    expect((await http(ctx).get('/subjects/91110000600037341L/commitments').set(office).expect(404)).body.code).toBe('SUBJECT_NOT_REGISTERED');
  });

  it('A13: /departments pages the 28 pilots by id, each once', async () => {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Array<{ departmentId: string }>; nextCursor: string | null } = (await http(ctx).get('/departments').query({ limit: 10, ...(cursor ? { cursor } : {}) }).set(office).set(await caughtUp(ctx)).expect(200)).body;
      ids.push(...page.items.map((d: { departmentId: string }) => d.departmentId));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(ids).toHaveLength(28);
    expect(ids).toEqual([...ids].sort());
  });
});
