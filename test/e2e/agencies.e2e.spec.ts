import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import request from 'supertest';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { startTestApp } from '../support/test-app.js';
import { actor } from '../support/actors.js';

const creditOffice = actor('credit-office', 'supervisor-1');
const department = actor('department', 'officer-7', 'ks-drc');
const FILING = { name: '苏州示例信用评估有限公司', uscc: '91320583796541485R', filingAuthority: '江苏省社会信用体系建设领导小组办公室', level: 'province', filingNumber: '苏信备〔2024〕017号', filedOn: '2024-01-15' };
const UNKNOWN_AGENCY = '0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b';

describe('agencies: filing, supervision and the public registry (real app, SQLite)', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let http: ReturnType<typeof request>;
  let agencyId: string;
  const store = () => ctx.app.get<EventStore>(EVENT_STORE);
  const head = () => store().headPosition();
  /** Reads the registry once the views have caught up with every write so far. */
  const registry = async (path: string, status = 200) => {
    const response = await http.get(path).set('X-Min-Position', String(await head()));
    expect(response.status).toBe(status);
    return response;
  };

  beforeAll(async () => {
    ctx = await startTestApp();
    http = request(ctx.app.getHttpServer());
  });
  afterAll(async () => ctx.close());

  it('A15, A20: the credit office files an agency; the server gives its id', async () => {
    const response = await http.post('/agencies').set(creditOffice).send(FILING).expect(201);
    agencyId = response.body.agencyId;
    expect(agencyId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(response.body).toMatchObject({ stream: `agency-${agencyId}`, revision: 0, replayed: false, events: [{ type: 'AgencyFiled', data: { level: 'province', filedOn: '2024-01-15' } }] });
    expect(response.headers.etag).toBe('"0"');
    const [event] = await store().readStream(`agency-${agencyId}`);
    expect(event!.metadata.actor).toEqual({ kind: 'credit-office', id: 'supervisor-1', department: null });
  });

  it('A26: only the credit office files agencies (403; no token 401), appending nothing', async () => {
    const before = await head();
    const refused = await http.post('/agencies').set(department).send(FILING).expect(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    await http.post('/agencies').send(FILING).expect(401);
    expect(await head()).toBe(before);
  });

  it('A15: a filing below city level is refused (422 AGENCY_FILING_LEVEL_TOO_LOW), appending nothing', async () => {
    const before = await head();
    const refused = await http.post('/agencies').set(creditOffice).send({ ...FILING, level: 'district' }).expect(422);
    expect(refused.body).toMatchObject({ code: 'AGENCY_FILING_LEVEL_TOO_LOW', details: { article: 'A20' } });
    expect(await head()).toBe(before);
  });

  it.each([
    ['a bad USCC check character', { ...FILING, uscc: '91320583796541485A' }, 'uscc'],
    ['a filing date that does not exist', { ...FILING, filedOn: '2024-02-30' }, 'filedOn'],
    ['a filing date after today', { ...FILING, filedOn: '2999-01-01' }, 'filedOn'],
    ['an unknown field', { ...FILING, rating: 'AAA' }, 'rating'],
    ['a missing field', { ...FILING, filingNumber: undefined }, 'filingNumber'],
  ])('A20: 400 for %s, naming the field, appending nothing', async (_, body, field) => {
    const before = await head();
    const response = await http.post('/agencies').set(creditOffice).send(body).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(response.body)).toContain(field);
    expect(await head()).toBe(before);
  });

  it('Idempotency-Key: a retried filing answers with the same agency and appends nothing', async () => {
    const first = await http.post('/agencies').set(creditOffice).set('Idempotency-Key', 'file-agency-0001').send({ ...FILING, filingNumber: 'X-2' }).expect(201);
    const before = await head();
    const retry = await http.post('/agencies').set(creditOffice).set('Idempotency-Key', 'file-agency-0001').send({ ...FILING, filingNumber: 'X-2' }).expect(201);
    expect(retry.body).toMatchObject({ agencyId: first.body.agencyId, replayed: true });
    expect(await head()).toBe(before);
  });

  it('A26: records staff under a pseudonymous id; refuses a second join (422) and an identity number (400, A28)', async () => {
    await http.post(`/agencies/${agencyId}/staff`).set(creditOffice).send({ staffId: 'staff-2024-0042', role: '信用分析师', change: 'joined', on: '2024-02-01' }).expect(201);
    const before = await head();
    const again = await http.post(`/agencies/${agencyId}/staff`).set(creditOffice).send({ staffId: 'staff-2024-0042', role: '信用分析师', change: 'joined', on: '2024-03-01' }).expect(422);
    expect(again.body.code).toBe('AGENCY_STAFF_ALREADY_JOINED');
    const identity = await http.post(`/agencies/${agencyId}/staff`).set(creditOffice).send({ staffId: '11010519491231002X', role: '分析师', change: 'joined', on: '2024-03-01' }).expect(400);
    expect(identity.body.details).toMatchObject({ field: 'staffId', rule: 'STAFF_ID_NOT_PSEUDONYMOUS' });
    await http.post(`/agencies/${agencyId}/staff`).set(department).send({ staffId: 'staff-9', role: 'x', change: 'joined', on: '2024-03-01' }).expect(403);
    expect(await head()).toBe(before);
  });

  it('A26: records a breach by a staff member with a server-given id; a stranger to the agency is refused (422)', async () => {
    const response = await http.post(`/agencies/${agencyId}/breaches`).set(creditOffice)
      .send({ breachClass: 'minor', basisDocument: '昆信办〔2025〕6号', decisionDate: '2025-02-27', summary: '从业人员未回避利益冲突', staffId: 'staff-2024-0042' }).expect(201);
    expect(response.body.breachId).toMatch(/^[0-9a-f]{8}-/);
    expect(response.body.events[0]).toMatchObject({ type: 'AgencyBreachRecorded', data: { breachId: response.body.breachId, staffId: 'staff-2024-0042' } });
    const before = await head();
    const stranger = await http.post(`/agencies/${agencyId}/breaches`).set(creditOffice)
      .send({ breachClass: 'minor', basisDocument: 'd', decisionDate: '2025-02-27', summary: 's', staffId: 'staff-unknown' }).expect(422);
    expect(stranger.body.code).toBe('AGENCY_STAFF_NOT_MEMBER');
    await http.post(`/agencies/${agencyId}/breaches`).set(creditOffice).send({ breachClass: 'grave', basisDocument: 'd', decisionDate: '2025-02-27', summary: 's' }).expect(400);
    expect(await head()).toBe(before);
  });

  it('A26, A20: a suspension shows in the registry; an overlapping one is refused; a lift restores the filing', async () => {
    await http.post(`/agencies/${agencyId}/suspension`).set(creditOffice).send({ action: 'suspend', from: '2025-03-01', reason: '报告不符合行业标准', basisDocument: '昆信办〔2025〕3号' }).expect(201);
    expect((await registry(`/agencies/${agencyId}`)).body.standing.status).toBe('suspended');
    const before = await head();
    const overlap = await http.post(`/agencies/${agencyId}/suspension`).set(creditOffice).send({ action: 'suspend', from: '2025-04-01', until: '2025-05-01', reason: 'r', basisDocument: 'd' }).expect(422);
    expect(overlap.body.code).toBe('AGENCY_ALREADY_SUSPENDED');
    await http.post(`/agencies/${agencyId}/suspension`).set(creditOffice).send({ action: 'suspend', reason: 'r', basisDocument: 'd' }).expect(400);
    expect(await head()).toBe(before);
    const lifted = await http.post(`/agencies/${agencyId}/suspension`).set(creditOffice).send({ action: 'lift', on: '2025-06-01', basisDocument: '昆信办〔2025〕9号' }).expect(201);
    expect(lifted.body.events[0].type).toBe('AgencySuspensionLifted');
    const again = await http.post(`/agencies/${agencyId}/suspension`).set(creditOffice).send({ action: 'lift', on: '2025-07-01', basisDocument: 'd' }).expect(422);
    expect(again.body.code).toBe('AGENCY_NOT_SUSPENDED');
    const record = (await registry(`/agencies/${agencyId}`)).body;
    expect(record).toMatchObject({ standing: { status: 'in-force' }, suspensions: [{ from: '2025-03-01', until: null, liftedOn: '2025-06-01' }], staffCount: 1 });
  });

  it('If-Match: a stale revision is a 409 and appends nothing', async () => {
    const before = await head();
    const stale = await http.post(`/agencies/${agencyId}/suspension`).set(creditOffice).set('If-Match', '"0"')
      .send({ action: 'suspend', from: '2025-09-01', until: '2025-09-30', reason: 'r', basisDocument: 'd' }).expect(409);
    expect(stale.body.code).toBe('WRONG_EXPECTED_REVISION');
    expect(await head()).toBe(before);
  });

  it('404 for an agency nobody filed, 400 for a malformed agency id', async () => {
    const before = await head();
    const missing = await http.post(`/agencies/${UNKNOWN_AGENCY}/exit`).set(creditOffice).send({ exitedOn: '2025-01-01', reason: 'voluntary', basisDocument: 'd' }).expect(404);
    expect(missing.body.code).toBe('AGENCY_NOT_FOUND');
    await http.post(`/agencies/${UNKNOWN_AGENCY}/breaches`).set(creditOffice).send({ breachClass: 'minor', basisDocument: 'd', decisionDate: '2025-02-27', summary: 's' }).expect(404);
    await http.get(`/agencies/${UNKNOWN_AGENCY}`).expect(404);
    const malformed = await http.post('/agencies/AG-17/exit').set(creditOffice).send({ exitedOn: '2025-01-01', reason: 'voluntary', basisDocument: 'd' }).expect(400);
    expect(malformed.body.details).toMatchObject({ field: 'aid' });
    await http.get('/agencies/AG-17').expect(400);
    expect(await head()).toBe(before);
  });

  it('A26 market exit: afterwards staff changes are refused (422 AGENCY_EXITED) but its credit record still grows', async () => {
    await http.post(`/agencies/${agencyId}/exit`).set(creditOffice).send({ exitedOn: '2025-12-01', reason: 'misconduct', basisDocument: '昆信办〔2025〕21号' }).expect(201);
    const before = await head();
    const staff = await http.post(`/agencies/${agencyId}/staff`).set(creditOffice).send({ staffId: 'staff-2024-0042', role: 'x', change: 'left', on: '2025-12-02' }).expect(422);
    expect(staff.body.code).toBe('AGENCY_EXITED');
    await http.post(`/agencies/${agencyId}/exit`).set(creditOffice).send({ exitedOn: '2025-12-01', reason: 'quit', basisDocument: 'd' }).expect(400);
    expect(await head()).toBe(before);
    await http.post(`/agencies/${agencyId}/breaches`).set(creditOffice).send({ breachClass: 'serious', basisDocument: '昆信办〔2025〕22号', decisionDate: '2025-12-01', summary: '出具虚假信用报告' }).expect(201);
  });

  it('A20, A26: anyone reads the registry with each agency\'s standing today; staff ids stay out of it (A28)', async () => {
    const one = (await registry(`/agencies/${agencyId}`)).body;
    expect(one).toMatchObject({ agencyId, name: FILING.name, filing: { level: 'province', filedOn: '2024-01-15' }, standing: { status: 'exited' }, exit: { exitedOn: '2025-12-01', reason: 'misconduct' } });
    expect(one.breaches).toHaveLength(2);
    expect(one.breaches[0]).toMatchObject({ breachClass: 'minor', byStaff: true });
    expect(JSON.stringify(one)).not.toContain('staff-2024-0042');
    const list = (await registry('/agencies')).body;
    expect(list.items.map((a: { agencyId: string }) => a.agencyId)).toEqual(expect.arrayContaining([agencyId]));
    expect(list.items).toHaveLength(2);
    const paged = (await registry('/agencies?limit=1')).body;
    expect(paged.items).toHaveLength(1);
    expect(paged.nextCursor).toEqual(expect.any(String));
    await http.get('/agencies?limit=0').expect(400);
  });

  it('serves the agency routes in the OpenAPI document', async () => {
    const doc = await http.get('/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/agencies', '/agencies/{aid}', '/agencies/{aid}/suspension', '/agencies/{aid}/exit', '/agencies/{aid}/staff', '/agencies/{aid}/breaches']));
  });
});
