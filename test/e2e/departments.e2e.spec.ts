import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import request from 'supertest';
import { departmentDecider, departmentStreamName } from '../../domain/department/decider.js';
import { executeDeciderCommand } from '../../src/commands/execute-decider-command.js';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { startTestApp } from '../support/test-app.js';
import { testMetadata } from '../support/metadata.js';
import { actor } from '../support/actors.js';
import { TEST_TODAY } from '../support/clocks.js';

const creditOffice = actor('credit-office', 'supervisor-1');
const finance = actor('department', 'officer-3', 'ks-finance');
const drc = actor('department', 'officer-7', 'ks-drc');
const RULE = { matterKind: 'government-procurement-open-tender', area: 'procurement-construction-land-tendering', products: ['report'], mode: 'all', effectiveFrom: '2026-01-01' };

describe('departments: A24 rules, the registry and yearly usage (real app, SQLite)', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let http: ReturnType<typeof request>;
  let ruleId: string;
  const store = () => ctx.app.get<EventStore>(EVENT_STORE);
  const head = () => store().headPosition();
  const read = async (path: string, actor: Record<string, string>) => http.get(path).set(actor).set('X-Min-Position', String(await head()));

  beforeAll(async () => {
    ctx = await startTestApp();
    http = request(ctx.app.getHttpServer());
    // An operator's record of the 2018 tax reform: the state tax bureau merged into the local one (A24).
    await executeDeciderCommand({
      store: store(), decider: departmentDecider, stream: departmentStreamName('ks-state-tax'), metadata: testMetadata({ actor: { kind: 'operator', id: 'op-1', department: null } }),
      command: { type: 'MergeDepartment', now: '2018-07-20T09:00:00+08:00', departmentId: 'ks-state-tax', intoDepartmentId: 'ks-local-tax', effectiveOn: '2018-07-20', basisDocument: '国家税务总局公告2018年第32号' },
    });
  });
  afterAll(async () => ctx.close());

  it('A24: a department sets its own rule; the server gives the rule id', async () => {
    const response = await http.post('/departments/ks-finance/rules').set(finance).send(RULE).expect(201);
    ruleId = response.body.ruleId;
    expect(ruleId).toMatch(/^[0-9a-f]{8}-/);
    expect(response.body).toMatchObject({ stream: 'department-ks-finance', revision: 1, events: [{ type: 'DepartmentRuleSet', data: { ruleId, products: ['report'], mode: 'all' } }] });
    expect(response.headers.etag).toBe('"1"');
  });

  it('A24, A22: the credit office may set a rule for a department', async () => {
    const response = await http.post('/departments/ks-drc/rules').set(creditOffice).send({ ...RULE, area: 'fiscal-funds-policy-loans', products: ['review', 'commitment'], mode: 'any' }).expect(201);
    // A3: products are stored in the measure's order.
    expect(response.body.events[0].data.products).toEqual(['commitment', 'review']);
  });

  it('A24: another department, a department user without a department, is refused (403), the public has no token (401), appending nothing', async () => {
    const before = await head();
    expect((await http.post('/departments/ks-finance/rules').set(drc).send(RULE).expect(403)).body.code).toBe('FORBIDDEN');
    await http.post('/departments/ks-finance/rules').set(actor('department', 'officer-9')).send(RULE).expect(403);
    await http.post('/departments/ks-finance/rules').send(RULE).expect(401);
    expect(await head()).toBe(before);
  });

  it('A24: after a merger the old department takes no new rules (422 DEPARTMENT_SUCCEEDED)', async () => {
    const before = await head();
    const refused = await http.post('/departments/ks-state-tax/rules').set(creditOffice).send(RULE).expect(422);
    expect(refused.body).toMatchObject({ code: 'DEPARTMENT_SUCCEEDED', details: { successorId: 'ks-local-tax' } });
    expect(await head()).toBe(before);
  });

  it('A2: an unknown department is a 404; a malformed id a 400', async () => {
    const before = await head();
    expect((await http.post('/departments/ks-nowhere/rules').set(creditOffice).send(RULE).expect(404)).body.code).toBe('DEPARTMENT_NOT_REGISTERED');
    expect((await http.post('/departments/ks%20drc/rules').set(creditOffice).send(RULE).expect(400)).body.details).toMatchObject({ field: 'did' });
    expect(await head()).toBe(before);
  });

  it.each([
    ['an area the measure does not name (A12, A17)', { ...RULE, area: 'everything' }, 'area'],
    ['no products (A3)', { ...RULE, products: [] }, 'products'],
    ['an unknown product (A3)', { ...RULE, products: ['rating'] }, 'products'],
    ['a date before the measure (A31)', { ...RULE, effectiveFrom: '2016-12-31' }, 'effectiveFrom'],
    ['a date that does not exist', { ...RULE, effectiveFrom: '2026-02-30' }, 'effectiveFrom'],
    ['an unknown field', { ...RULE, priority: 1 }, 'priority'],
  ])('A24: 400 for %s, naming the field, appending nothing', async (_, body, field) => {
    const before = await head();
    const response = await http.post('/departments/ks-finance/rules').set(finance).send(body).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(response.body)).toContain(field);
    expect(await head()).toBe(before);
  });

  it('A24: a rule is retired once; an unknown rule is a 404', async () => {
    const retired = await http.post('/departments/ks-finance/rules').set(finance).send({ action: 'retire', ruleId, on: '2026-12-31' }).expect(201);
    expect(retired.body).toMatchObject({ ruleId, events: [{ type: 'DepartmentRuleRetired', data: { ruleId, on: '2026-12-31' } }] });
    const before = await head();
    expect((await http.post('/departments/ks-finance/rules').set(finance).send({ action: 'retire', ruleId, on: '2027-01-31' }).expect(422)).body.code).toBe('RULE_ALREADY_RETIRED');
    expect((await http.post('/departments/ks-finance/rules').set(finance).send({ action: 'retire', ruleId: 'no-such-rule', on: '2027-01-31' }).expect(404)).body.code).toBe('RULE_NOT_FOUND');
    await http.post('/departments/ks-finance/rules').set(finance).send({ action: 'retire', on: '2027-01-31' }).expect(400);
    expect(await head()).toBe(before);
  });

  it('A13: the credit office lists the 28 pilots with the names in force today, their rules and who is in charge after a merger (A24)', async () => {
    const response = await read('/departments', creditOffice);
    expect(response.status).toBe(200);
    expect(response.body.items).toHaveLength(28);
    const byId = new Map(response.body.items.map((d: { departmentId: string }) => [d.departmentId, d]));
    expect(byId.get('ks-drc')).toMatchObject({ nameZh: '市发改委', pilot: true, participatesFrom: '2017-03-06', participatesToday: true, succession: null, inChargeToday: 'ks-drc' });
    expect(byId.get('ks-state-tax')).toMatchObject({ participatesToday: false, succession: { kind: 'merged', effectiveOn: '2018-07-20', successorId: 'ks-local-tax' }, inChargeToday: 'ks-local-tax' });
    expect(byId.get('ks-finance')).toMatchObject({ rules: [{ ruleId, area: 'procurement-construction-land-tendering', retiredOn: '2026-12-31' }] });
    expect((await http.get('/departments').set(drc).expect(403)).body.code).toBe('FORBIDDEN');
    await http.get('/departments').expect(401);
  });

  it('A25: yearly usage is read by the credit office or the department itself; bad year 400, unknown department 404, others 403', async () => {
    expect((await http.get('/departments/ks-finance/usage').query({ year: '2026' }).set(drc).expect(403)).body.code).toBe('FORBIDDEN');
    expect((await http.get('/departments/ks-finance/usage').query({ year: '26' }).set(finance).expect(400)).body.code).toBe('VALIDATION_FAILED');
    await http.get('/departments/ks-finance/usage').set(finance).expect(400);
    expect((await read('/departments/ks-nowhere/usage?year=2026', creditOffice)).status).toBe(404);
    // A breach recorded by the local tax bureau this year counts in its A25 usage.
    const localTax = actor('department', 'officer-lt', 'ks-local-tax');
    await http.post('/subjects').set(localTax).send({ kind: 'organisation', uscc: '913205056082348768', name: '昆山用量统计测试公司' }).expect(201);
    await http.post('/subjects/913205056082348768/breaches').set(localTax)
      .send({ breachClass: 'general', basisDocument: '昆地税罚〔2026〕1号', decisionDate: TEST_TODAY, disclosureMonths: 3, summary: '未按期申报' }).expect(201);
    const usage = await read('/departments/ks-local-tax/usage?year=2026', creditOffice);
    expect(usage.status).toBe(200);
    expect(usage.body).toMatchObject({ departmentId: 'ks-local-tax', year: '2026', own: { breachesRecorded: 1 }, predecessors: [{ departmentId: 'ks-state-tax' }] });
  });

  it('serves the department routes in the OpenAPI document', async () => {
    const doc = await http.get('/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/departments', '/departments/{did}/rules', '/departments/{did}/usage']));
  });
});
