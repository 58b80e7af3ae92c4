import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import request from 'supertest';
import { ALL_PROJECTIONS } from '../../projections/index.js';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { ProjectionHost } from '../../src/projections/projection-host.js';
import { ThreadedProjections } from '../../src/projections/thread/threaded-projections.js';
import { actor } from '../support/actors.js';
import { startTestApp } from '../support/test-app.js';

const ORG = '91320583722291823U';

/** The service's default: the projections and the log's writer on threads of their own. */
describe('projections and the log writer on their own threads (real app, SQLite in a temp dir)', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    ctx = await startTestApp({ PROJECTION_THREAD: 'true', SQLITE_WRITER_THREAD: 'true' });
  }, 60_000);
  afterAll(async () => ctx.close());

  const head = () => ctx.app.get<EventStore>(EVENT_STORE).headPosition();

  it('runs the projections on the worker thread and reports them ready on /health/ready', async () => {
    expect(ctx.app.get(ProjectionHost)).toBeInstanceOf(ThreadedProjections);
    expect(await ctx.app.get(ProjectionHost).waitFor(await head(), 10_000)).toBe(true);
    const response = await request(ctx.app.getHttpServer()).get('/health/ready').expect(200);
    expect(response.body.projections).toHaveLength(ALL_PROJECTIONS.length);
    expect(response.body.projections.every((p: { state: string; lag: number }) => p.state === 'running' && p.lag === 0)).toBe(true);
  });

  it('A4: a subject registered over HTTP is in its status view when read with X-Min-Position (read your writes across threads)', async () => {
    const http = request(ctx.app.getHttpServer());
    const registered = await http.post('/subjects').set(actor('department', 'officer-7', 'ks-drc')).send({ kind: 'organisation', uscc: ORG, name: '昆山示例精密机械有限公司' }).expect(201);
    const status = await http.get(`/subjects/${ORG}/status`).set(actor('credit-office', 'supervisor-1')).set('X-Min-Position', String(registered.body.position)).expect(200);
    expect(status.body).toMatchObject({ subjectId: ORG, name: '昆山示例精密机械有限公司' });
  });

  it('rebuilds a projection on the thread and swaps the new generation in while the old one answers', async () => {
    const host = ctx.app.get(ProjectionHost);
    const before = (await host.status()).find((p) => p.name === 'subject-status')!;
    await host.rebuild('subject-status');
    for (let i = 0; i < 200 && (await host.status()).find((p) => p.name === 'subject-status')!.generation === before.generation; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 25));
    const after = (await host.status()).find((p) => p.name === 'subject-status')!;
    expect(after).toMatchObject({ generation: before.generation + 1, state: 'running', rebuild: null });
    expect(host.collectionFor('subject-status', 'subject_status')).toBe(`subject_status__g${after.generation}`);
    await request(ctx.app.getHttpServer()).get(`/subjects/${ORG}/status`).set(actor('credit-office', 'supervisor-1')).expect(200);
  });
});
