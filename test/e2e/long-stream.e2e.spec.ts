import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import type { SubjectEvent } from '../../domain/subject/events.js';
import { longSubjectStream } from '../domain/subject/long-stream.js';
import { actor } from '../support/actors.js';
import { ManualClock } from '../support/clocks.js';
import { countReadsInPlace } from '../support/counting-store.js';
import { appendDecided } from '../support/decided-stream.js';
import { startTestApp } from '../support/test-app.js';
import { http, store, type TestApp } from './records-fixture.js';

const ORG = '91320583722291823U';
const STREAM = `subject-${ORG}`;
const LENGTH = 3000;
const EVENTS = longSubjectStream(LENGTH);
const market = actor('department', 'officer-3', 'ks-market');
const auditor = actor('auditor', 'auditor-1');
const breachBody = (n: number) => ({ breachClass: 'general', basisDocument: `昆市监罚〔2026〕${n}号`, decisionDate: '2026-05-29', disclosureMonths: 6, summary: '未履行承诺' });
const breachIdsIn = (events: readonly SubjectEvent[]) => events.flatMap((event) => (event.type === 'BreachRecorded' ? [event.data.breachId] : []));
const bytes = (text: string) => Buffer.byteLength(text);

describe(`a subject with ${LENGTH} events over HTTP: commands read the stream once, state and history answer in bounded pages (real app, SQLite)`, () => {
  let ctx: TestApp;
  const clock = ManualClock.at('2026-06-01T10:00:00+08:00');

  beforeAll(async () => {
    ctx = await startTestApp({ SNAPSHOT_EVERY: '500' }, { clock });
    // Built fast: decided events appended through the store port in big appends; the commands come a minute later.
    await appendDecided(store(ctx), STREAM, EVENTS);
    clock.advance(60_000);
  });
  afterAll(async () => ctx.close());

  it('A9: a breach recorded on the long stream answers as on a short one; the command reads each event of the stream once, the next one only the tail', async () => {
    const counting = countReadsInPlace(store(ctx));
    try {
      const first = await http(ctx).post(`/subjects/${ORG}/breaches`).set(market).send(breachBody(1)).expect(201);
      // A14: the subject's valid review report is flagged as well.
      expect(first.body.events.map((event: { type: string }) => event.type)).toEqual(['BreachRecorded', 'ReviewReportAmendmentFlagged']);
      expect(first.body.revision).toBe(LENGTH + 1);
      const cold = counting.reads.filter((read) => read.stream === STREAM);
      expect(cold.map((read) => read.options.fromRevision)).toEqual([0, 1000, 2000, 3000]); // one pass, in slices
      counting.reads.length = 0;
      const second = await http(ctx).post(`/subjects/${ORG}/breaches`).set(market).send(breachBody(2)).expect(201);
      expect(second.body.revision).toBe(LENGTH + 3);
      expect(counting.reads.filter((read) => read.stream === STREAM)).toEqual([{ stream: STREAM, options: { fromRevision: LENGTH + 2, toRevision: LENGTH + 1001 }, events: 0 }]);
    } finally {
      counting.restore();
    }
  });

  it('the latest state answers in brief (registration, counts, first records) and far under 1 MB', async () => {
    const response = await http(ctx).get(`/subjects/${ORG}/state`).set(auditor).expect(200);
    expect(bytes(response.text)).toBeLessThan(200 * 1024);
    const { state } = response.body;
    expect(state.registration).toMatchObject({ subjectId: ORG, kind: 'organisation' });
    expect(state.breaches.count).toBe(breachIdsIn(EVENTS).length + 2);
    expect(state.breaches.items).toHaveLength(20);
    expect(state.breaches.items[0]).toMatchObject({ id: 'BR-0', record: { breachId: 'BR-0' } });
    expect(state.loanChecks.count).toBe(EVENTS.filter((event) => event.type === 'LoanCheckRecorded').length);
  });

  it('a section pages through every record of one revision, the cursor pinning it while commands go on', async () => {
    const first = await http(ctx).get(`/subjects/${ORG}/state`).set(auditor).query({ section: 'breaches', limit: 100 }).expect(200);
    const pinned = first.body.revision as number;
    const ids: string[] = first.body.items.map((item: { id: string }) => item.id);
    await http(ctx).post(`/subjects/${ORG}/breaches`).set(market).send(breachBody(3)).expect(201);
    for (let cursor = first.body.nextCursor as string | null; cursor !== null;) {
      const page = await http(ctx).get(`/subjects/${ORG}/state`).set(auditor).query({ cursor, limit: 100 }).expect(200);
      expect(page.body).toMatchObject({ revision: pinned, section: 'breaches', count: first.body.count });
      ids.push(...page.body.items.map((item: { id: string }) => item.id));
      cursor = page.body.nextCursor;
    }
    expect(ids).toEqual([...breachIdsIn(EVENTS), ...ids.slice(breachIdsIn(EVENTS).length)]);
    expect(ids).toHaveLength(first.body.count);
  });

  it('A9: the state at a past revision or instant is the stream folded up to it, in the same bounded form', async () => {
    const then = await http(ctx).get(`/subjects/${ORG}/state`).set(auditor).query({ revision: 2500, section: 'breaches', limit: 1000 }).expect(200);
    expect(then.body).toMatchObject({ revision: 2500, count: breachIdsIn(EVENTS.slice(0, 2501)).length });
    expect(bytes(then.text)).toBeLessThan(1024 * 1024);
    const [stamped] = await store(ctx).readStream(STREAM, { fromRevision: LENGTH - 1, toRevision: LENGTH - 1 });
    const asOf = await http(ctx).get(`/subjects/${ORG}/state`).set(auditor).query({ asOf: stamped!.metadata.recordedAt }).expect(200);
    expect(asOf.body).toMatchObject({ revision: LENGTH - 1, asOf: stamped!.metadata.recordedAt });
    expect(asOf.body.state.breaches.count).toBe(breachIdsIn(EVENTS).length);
  });

  it('history pages with a hard maximum (1000 events, and under 1 MB), and its pages walk the whole stream in order', async () => {
    const tooMany = await http(ctx).get(`/subjects/${ORG}/history`).set(auditor).query({ limit: 1001 }).expect(400);
    expect(tooMany.body.details).toEqual({ field: 'limit', rule: 'INTEGER_RANGE' });
    let revisions = 0;
    for (let from: number | null = 0; from !== null;) {
      const page: { text: string; body: { items: { revision: number }[]; nextRevision: number | null } } = await http(ctx).get(`/subjects/${ORG}/history`).set(auditor).query({ fromRevision: from, limit: 1000 }).expect(200);
      expect(bytes(page.text)).toBeLessThan(1024 * 1024);
      expect(page.body.items[0].revision).toBe(from);
      revisions += page.body.items.length;
      from = page.body.nextRevision;
    }
    expect(revisions).toBe(LENGTH + 6);
  });

  it('refuses what it cannot answer, naming the field and the rule', async () => {
    const ask = (query: Record<string, string | number>) => http(ctx).get(`/subjects/${ORG}/state`).set(auditor).query(query).expect(400);
    expect((await ask({ section: 'everything' })).body.details).toEqual({ field: 'section', rule: 'ONE_OF' });
    expect((await ask({ cursor: 'not-a-cursor' })).body.details).toEqual({ field: 'cursor', rule: 'CURSOR' });
    const page = await http(ctx).get(`/subjects/${ORG}/state`).set(auditor).query({ section: 'loanChecks', limit: 1 }).expect(200);
    expect((await ask({ cursor: page.body.nextCursor, revision: 3 })).body.details).toEqual({ field: 'cursor', rule: 'ONE_OF' });
    expect((await ask({ cursor: page.body.nextCursor, section: 'breaches' })).body.details).toEqual({ field: 'cursor', rule: 'CURSOR' });
    expect((await ask({ limit: 101 })).body.details).toEqual({ field: 'limit', rule: 'INTEGER_RANGE' });
  });
});
