import { describe, it, expect, afterAll, beforeAll } from '@jest/globals';
import type { Database } from 'better-sqlite3';
import request from 'supertest';
import { demoUscc } from '../../src/demo/identifiers.js';
import { Prng } from '../../src/demo/prng.js';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { actor } from '../support/actors.js';
import { startTestApp } from '../support/test-app.js';

const OFFICER = actor('department', 'officer-7', 'ks-drc');
const rng = new Prng(10);
const organisation = (n: number) => ({ kind: 'organisation', uscc: demoUscc(rng), name: `昆山故障测试企业${n}有限公司` });

/**
 * Disk full, for real: SQLite's own quota (PRAGMA max_page_count) on the connection that writes the
 * log makes the real events.sqlite refuse to grow with a genuine SQLITE_FULL, as a full disk does.
 * The app is the real one over HTTP (log writer on this thread, SQLITE_WRITER_THREAD=false).
 */
describe('a full disk during writes (issue 10: 503 STORAGE_UNAVAILABLE, readiness off until a write succeeds)', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let events: EventStore;
  let writer: Database;
  beforeAll(async () => {
    ctx = await startTestApp();
    events = ctx.app.get<EventStore>(EVENT_STORE);
    // The store's own writing connection (a private member of SqliteEventStore).
    writer = (events as unknown as { db: Database }).db;
  });
  afterAll(async () => ctx.close());

  it('answers 503 STORAGE_UNAVAILABLE, appends nothing, is not ready, and recovers with the next write that succeeds', async () => {
    const http = request(ctx.app.getHttpServer());
    await http.get('/health/ready').expect(200);
    writer.pragma(`max_page_count = ${writer.pragma('page_count', { simple: true }) as number}`);

    // Fill what room the last pages have left; the first command that needs a new page is refused.
    let refused: request.Response | null = null;
    let refusedBody: Record<string, unknown> = {};
    let headBefore = 0;
    for (let n = 0; n < 500 && refused === null; n += 1) {
      headBefore = await events.headPosition();
      refusedBody = organisation(n);
      const answer = await http.post('/subjects').set(OFFICER).send(refusedBody);
      if (answer.status !== 201) refused = answer;
    }
    expect(refused?.status).toBe(503);
    expect(refused?.body).toMatchObject({ statusCode: 503, code: 'STORAGE_UNAVAILABLE', details: { reason: 'SQLITE_FULL' } });
    expect(await events.headPosition()).toBe(headBefore);
    expect(await events.readStream(`subject-${String(refusedBody.uscc)}`)).toEqual([]);

    const notReady = await http.get('/health/ready').expect(503);
    expect(notReady.body).toMatchObject({ status: 'not-ready', storage: { status: 'unavailable', problem: { reason: 'SQLITE_FULL', failures: 1 } } });
    // Still full: the next command is refused the same way, the log head does not move.
    await http.post('/subjects').set(OFFICER).send(refusedBody).expect(503);
    expect(await events.headPosition()).toBe(headBefore);
    expect((await http.get('/health/ready').expect(503)).body.storage.problem.failures).toBe(2);

    // The operator frees space: the same command now goes through and readiness comes back.
    writer.pragma('max_page_count = 1073741823');
    const written = await http.post('/subjects').set(OFFICER).send(refusedBody).expect(201);
    expect(written.body.position).toBe(headBefore + 1);
    const ready = await http.get('/health/ready').expect(200);
    expect(ready.body).toMatchObject({ status: 'ready', storage: { status: 'ok' } });
    expect(await events.verify()).toMatchObject({ ok: true });
  });
});
