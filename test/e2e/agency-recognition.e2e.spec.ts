import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import request from 'supertest';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { actor } from '../support/actors.js';
import { startTestApp } from '../support/test-app.js';
import { actors, daysAgo, ORG, report } from './support/credit-products.js';

const office = actor('credit-office', 'supervisor-1');
const RECOGNITION = {
  name: '昆山示例征信服务有限公司', uscc: '91320583796541485R', recognisingAuthority: '苏州市社会信用体系建设领导小组办公室', level: 'city',
  recognitionDocument: '苏信办认〔2025〕2号 关于认可昆山示例征信服务有限公司的决定', recognisedOn: '2025-03-10',
};

/** A15, A20 "filed or recognised" (备案或认可): recognition as the second way an agency's reports come to count. */
describe('agencies: recognition (real app, SQLite)', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let http: ReturnType<typeof request>;
  let store: EventStore;
  let agencyId: string;
  const head = () => store.headPosition();

  beforeAll(async () => {
    ctx = await startTestApp();
    http = request(ctx.app.getHttpServer());
    store = ctx.app.get<EventStore>(EVENT_STORE);
    await http.post('/subjects').set(actors.finance).send({ kind: 'organisation', uscc: ORG, name: '昆山示例有限公司' }).expect(201);
  });
  afterAll(async () => ctx.close());

  it('A15, A20: the credit office records a recognition with its document and date; the agency gets a server id and an AgencyRecognised event', async () => {
    const response = await http.post('/agencies/recognitions').set(office).send(RECOGNITION).expect(201);
    agencyId = response.body.agencyId;
    expect(agencyId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(response.headers.etag).toBe('"0"');
    expect(response.body.events[0]).toMatchObject({
      type: 'AgencyRecognised',
      data: { agencyId, recognisingAuthority: RECOGNITION.recognisingAuthority, level: 'city', recognitionDocument: RECOGNITION.recognitionDocument, recognisedOn: '2025-03-10' },
    });
    const [stored] = await store.readStream(`agency-${agencyId}`);
    expect(stored!.metadata.actor).toEqual({ kind: 'credit-office', id: 'supervisor-1', department: null });
  });

  it('A15, A20: the public registry shows how the agency became eligible (recognition, no filing) and that it is in force', async () => {
    const one = (await http.get(`/agencies/${agencyId}`).set('X-Min-Position', String(await head())).expect(200)).body;
    expect(one).toMatchObject({
      agencyId, eligibleBy: 'recognition', filing: null,
      recognition: { authority: RECOGNITION.recognisingAuthority, level: 'city', document: RECOGNITION.recognitionDocument, recognisedOn: '2025-03-10' },
      standing: { status: 'in-force', statusZh: '认可有效' },
    });
  });

  it('A15, A20: a report the recognised agency issued after its recognition counts; one issued before it is refused (422 REPORT_AGENCY_NOT_FILED), nothing appended', async () => {
    await http.post(`/subjects/${ORG}/credit-reports`).set(actors.agency(agencyId)).send(report(daysAgo(10))).expect(201);
    const before = await head();
    const refused = await http.post(`/subjects/${ORG}/credit-reports`).set(actors.agency(agencyId)).send(report('2025-03-09')).expect(422);
    expect(refused.body.code).toBe('REPORT_AGENCY_NOT_FILED');
    expect(await head()).toBe(before);
  });

  it.each([
    ['a recognising body below city level', { ...RECOGNITION, level: 'district' }, 422, 'AGENCY_FILING_LEVEL_TOO_LOW'],
    ['a recognition dated 0000-01-01', { ...RECOGNITION, recognisedOn: '0000-01-01' }, 400, 'VALIDATION_FAILED'],
    ['no recognition document', { ...RECOGNITION, recognitionDocument: undefined }, 400, 'VALIDATION_FAILED'],
  ])('A15, A20: %s is refused, appending nothing', async (_, body, status, code) => {
    const before = await head();
    const response = await http.post('/agencies/recognitions').set(office).send(body).expect(status);
    expect(response.body.code).toBe(code);
    expect(await head()).toBe(before);
  });

  it('A22, A26: only the credit office records a recognition (a department 403, no token 401)', async () => {
    const before = await head();
    await http.post('/agencies/recognitions').set(actors.finance).send(RECOGNITION).expect(403);
    await http.post('/agencies/recognitions').send(RECOGNITION).expect(401);
    expect(await head()).toBe(before);
  });
});
