import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { departmentDecider, departmentStreamName } from '../../domain/department/decider.js';
import type { DepartmentCommand } from '../../domain/department/commands.js';
import { PILOT_DEPARTMENTS } from '../../domain/department/pilot-departments.js';
import { executeDeciderCommand } from '../../src/commands/execute-decider-command.js';
import { actor } from '../support/actors.js';
import { testMetadata } from '../support/metadata.js';
import { startTestApp } from '../support/test-app.js';
import { caughtUp, http, store, type TestApp } from './records-fixture.js';

const operator = { actor: { kind: 'operator' as const, id: 'op-1', department: null } };

/**
 * Issue 12: the public department-name lookup. The registry is public information (A13 pilots,
 * successors after a merger, A24, A25); the console shows 市住房和城乡建设局, not `ks-housing`.
 * Business time: TEST_NOW (2026-12-02).
 */
describe('GET /departments/names: the public department-name lookup (real app, SQLite)', () => {
  let ctx: TestApp;

  async function department(command: DepartmentCommand): Promise<void> {
    await executeDeciderCommand({ store: store(ctx), decider: departmentDecider, stream: departmentStreamName(command.departmentId), command, metadata: testMetadata(operator) });
  }

  beforeAll(async () => {
    ctx = await startTestApp();
    // An operator's record of the 2018 tax reform (A24, A25), and a rename that takes effect in 2026, another only next year.
    await department({ type: 'MergeDepartment', now: '2018-07-20T09:00:00+08:00', departmentId: 'ks-state-tax', intoDepartmentId: 'ks-local-tax', effectiveOn: '2018-07-20', basisDocument: '国家税务总局公告2018年第32号' });
    await department({ type: 'RenameDepartment', now: '2026-01-05T09:00:00+08:00', departmentId: 'ks-housing', nameZh: '昆山市住房和城乡建设局', nameEn: 'Kunshan Housing and Urban-Rural Development Bureau', effectiveOn: '2026-01-05', basisDocument: '昆编〔2026〕2号' });
    await department({ type: 'RenameDepartment', now: '2026-11-20T09:00:00+08:00', departmentId: 'ks-drc', nameZh: '昆山市发展和改革委员会', nameEn: 'Kunshan Development and Reform Commission', effectiveOn: '2027-01-01', basisDocument: '昆编〔2026〕9号' });
  });
  afterAll(async () => ctx.close());

  it('issue 12, A13: no token needed; every registered department by id with its name in force today, in one default page of up to 500', async () => {
    const response = await http(ctx).get('/departments/names').set(await caughtUp(ctx)).expect(200);
    expect(response.body.asOf).toBe('2026-12-02T10:00:00.000+08:00');
    expect(response.body.nextCursor).toBeNull();
    const ids = response.body.items.map((item: { departmentId: string }) => item.departmentId);
    expect(ids).toEqual(PILOT_DEPARTMENTS.map((pilot) => pilot.id).sort());
    expect(response.body.items.find((item: { departmentId: string }) => item.departmentId === 'ks-finance')).toEqual({
      departmentId: 'ks-finance', name: '市财政局', nameEn: 'Finance Bureau', successorId: null, participating: true,
    });
  });

  it('docs/domain.md "Departments change over time": the rename in force today shows, one not yet in force does not', async () => {
    const { body } = await http(ctx).get('/departments/names').set(await caughtUp(ctx)).expect(200);
    const byId = new Map(body.items.map((item: { departmentId: string }) => [item.departmentId, item]));
    expect(byId.get('ks-housing')).toMatchObject({ name: '昆山市住房和城乡建设局', nameEn: 'Kunshan Housing and Urban-Rural Development Bureau' });
    expect(byId.get('ks-drc')).toMatchObject({ name: '市发改委' });
  });

  it('A24, A25, A13: a merged department names its successor and no longer takes part in reviews', async () => {
    const { body } = await http(ctx).get('/departments/names/ks-state-tax').set(await caughtUp(ctx)).expect(200);
    expect(body).toEqual({ asOf: '2026-12-02T10:00:00.000+08:00', departmentId: 'ks-state-tax', name: '市国税局', nameEn: 'State Taxation Bureau', successorId: 'ks-local-tax', participating: false });
  });

  it('A28: only public facts — no rules, no officers, no earlier names, no succession details', async () => {
    await http(ctx).post('/departments/ks-finance/rules').set(actor('department', 'officer-3', 'ks-finance'))
      .send({ matterKind: 'government-procurement-open-tender', area: 'procurement-construction-land-tendering', products: ['report'], mode: 'all', effectiveFrom: '2026-01-01' }).expect(201);
    const one = await http(ctx).get('/departments/names/ks-finance').set(await caughtUp(ctx)).expect(200);
    expect(Object.keys(one.body).sort()).toEqual(['asOf', 'departmentId', 'name', 'nameEn', 'participating', 'successorId']);
    const list = await http(ctx).get('/departments/names').expect(200);
    for (const item of list.body.items) expect(Object.keys(item).sort()).toEqual(['departmentId', 'name', 'nameEn', 'participating', 'successorId']);
    expect(JSON.stringify(list.body)).not.toMatch(/rules|officer|matterKind|basisDocument/);
  });

  it('paging by id: limit 10 walks all 28 in three pages, each cursor continuing where the last ended', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: Record<string, string | number> = cursor === null ? { limit: 10 } : { limit: 10, cursor };
      const { body } = await http(ctx).get('/departments/names').query(query).expect(200);
      seen.push(...body.items.map((item: { departmentId: string }) => item.departmentId));
      cursor = body.nextCursor;
      pages += 1;
    } while (cursor !== null);
    expect(pages).toBe(3);
    expect(seen).toEqual(PILOT_DEPARTMENTS.map((pilot) => pilot.id).sort());
  });

  it('bad input: limit outside 1–500 is 400 naming limit (INTEGER_RANGE); a foreign cursor 400 INVALID_VIEW_QUERY; a bad id 400 naming did', async () => {
    for (const limit of ['0', '501', 'ten']) {
      const response = await http(ctx).get('/departments/names').query({ limit }).expect(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'limit', rule: 'INTEGER_RANGE' } });
    }
    expect((await http(ctx).get('/departments/names').query({ cursor: 'not-a-cursor' }).expect(400)).body.code).toBe('INVALID_VIEW_QUERY');
    expect((await http(ctx).get('/departments/names/-bad').expect(400)).body).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'did', rule: 'DEPARTMENT_ID' } });
  });

  it('an unknown id is 404 DEPARTMENT_NOT_REGISTERED; /departments/names/usage is this lookup, and /departments/{did}/usage is still the usage route', async () => {
    expect((await http(ctx).get('/departments/names/ks-nowhere').expect(404)).body).toMatchObject({ code: 'DEPARTMENT_NOT_REGISTERED', details: { departmentId: 'ks-nowhere' } });
    expect((await http(ctx).get('/departments/names/usage').expect(404)).body).toMatchObject({ code: 'DEPARTMENT_NOT_REGISTERED', details: { departmentId: 'usage' } });
    await http(ctx).get('/departments/ks-finance/usage').query({ year: '2026' }).expect(401);
    await http(ctx).get('/departments/ks-finance/usage').query({ year: '2026' }).set(actor('credit-office', 'supervisor-1')).expect(200);
  });

  it('issue 5: a public route, so counted by the public rate limit (X-RateLimit-* headers)', async () => {
    const response = await http(ctx).get('/departments/names/ks-finance').expect(200);
    expect(response.headers['x-ratelimit-limit']).toBeDefined();
    expect(response.headers['x-ratelimit-remaining']).toBeDefined();
  });
});
