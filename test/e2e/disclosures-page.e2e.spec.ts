import { describe, it, expect, beforeAll, afterAll, jest } from '@jest/globals';
import { PERSONAL_DATA_STORE, type PersonalDataStore } from '../../src/personal-data/personal-data.port.js';
import { VIEW_STORE, type ViewStore } from '../../src/view-store/view-store.port.js';
import { ManualClock } from '../support/clocks.js';
import { startTestApp } from '../support/test-app.js';
import { breachBody, housing, http, identityNumber, ORG, OTHER_ORG, registerOrganisation, registerPerson, store, type TestApp } from './records-fixture.js';

/**
 * A9, A28: a page of public disclosures costs the same few store calls whatever its size — the
 * page itself, then one getMany each for the subjects, the objections and the persons' masked
 * names — and shows persons masked exactly as before. The stores are the real ones, only counted.
 */
describe('GET /disclosures: a page in a fixed number of store calls (real app, SQLite)', () => {
  const clock = ManualClock.at('2026-03-06T09:30:00+08:00');
  let ctx: TestApp;

  beforeAll(async () => {
    ctx = await startTestApp({}, { clock });
    await registerOrganisation(ctx, ORG);
    await registerOrganisation(ctx, OTHER_ORG);
    const persons = [];
    for (const [i, name] of ['张三丰', '李四海', '王五岳'].entries()) persons.push(await registerPerson(ctx, identityNumber('320583', `1980-0${i + 1}-15`, `01${i}`), name));
    for (const [i, subject] of [ORG, OTHER_ORG, ...persons, ORG, persons[0]!].entries())
      await http(ctx).post(`/subjects/${subject}/breaches`).set(housing).send({ ...breachBody, decisionDate: `2026-02-0${i + 1}` }).expect(201);
  });
  afterAll(async () => ctx.close());

  async function countedPage(limit: number) {
    const views = ctx.app.get<ViewStore>(VIEW_STORE);
    const personal = ctx.app.get<PersonalDataStore>(PERSONAL_DATA_STORE);
    const head = String(await store(ctx).headPosition());
    await http(ctx).get('/disclosures').set('X-Min-Position', head).query({ limit: 1 }).expect(200);
    const spies = { find: jest.spyOn(views, 'find'), getMany: jest.spyOn(views, 'getMany'), get: jest.spyOn(views, 'get'), personalGet: jest.spyOn(personal, 'get'), personalGetMany: jest.spyOn(personal, 'getMany') };
    const body = (await http(ctx).get('/disclosures').query({ limit }).expect(200)).body;
    const calls = Object.fromEntries(Object.entries(spies).map(([name, spy]) => [name, spy.mock.calls.length]));
    Object.values(spies).forEach((spy) => spy.mockRestore());
    return { body, calls };
  }

  it('A9, A28: two items or seven, the same calls: one find, one getMany of subjects (no objection to look up), one personal getMany, no single gets', async () => {
    const small = await countedPage(2);
    const large = await countedPage(7);
    expect(small.body.items).toHaveLength(2);
    expect(large.body.items).toHaveLength(7);
    expect(small.calls).toEqual({ find: 1, getMany: 1, get: 0, personalGet: 0, personalGetMany: 1 });
    expect(large.calls).toEqual(small.calls);
  });

  it('A28: persons appear masked, organisations by name and USCC, newest decision first', async () => {
    const { body } = await countedPage(7);
    expect(body.items.map((item: { decisionDate: string }) => item.decisionDate)).toEqual(['2026-02-07', '2026-02-06', '2026-02-05', '2026-02-04', '2026-02-03', '2026-02-02', '2026-02-01']);
    expect(body.items.map((item: { subject: unknown }) => item.subject)).toEqual([
      { kind: 'person', name: '张**' }, { kind: 'organisation', name: '昆山示例精密机械有限公司', uscc: ORG, legalRepresentative: null },
      { kind: 'person', name: '王**' }, { kind: 'person', name: '李**' }, { kind: 'person', name: '张**' },
      { kind: 'organisation', name: '昆山示例精密机械有限公司', uscc: OTHER_ORG, legalRepresentative: null },
      { kind: 'organisation', name: '昆山示例精密机械有限公司', uscc: ORG, legalRepresentative: null },
    ]);
    expect(JSON.stringify(body)).not.toMatch(/三丰|四海|五岳/);
  });
});
