import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import request from 'supertest';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { ProjectionHost } from '../../src/projections/projection-host.js';
import { startTestApp } from '../support/test-app.js';

describe('GET /health and /health/ready (real app, SQLite in a temp dir)', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    ctx = await startTestApp();
  });
  afterAll(async () => ctx.close());

  it('answers liveness', async () => {
    const response = await request(ctx.app.getHttpServer()).get('/health').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('reports readiness with the log head, each projection\'s lag and the calendar coverage', async () => {
    const events = ctx.app.get<EventStore>(EVENT_STORE);
    await events.append({
      stream: 'department-ks-extra',
      events: [{ type: 'DepartmentRegistered', data: { departmentId: 'ks-extra' } }],
      expected: 'no_stream',
      metadata: { commandId: 'c1', correlationId: 'c1', causationId: null, actor: { kind: 'system', id: 'test', department: null } },
    });
    expect(await ctx.app.get(ProjectionHost).waitFor(29, 2000)).toBe(true);
    const response = await request(ctx.app.getHttpServer()).get('/health/ready').expect(200);
    expect(response.body).toMatchObject({
      status: 'ready',
      log: { head: 29 },
      projections: expect.arrayContaining([expect.objectContaining({ name: 'stream-catalogue', state: 'running', checkpoint: 29, lag: 0 })]),
      calendar: { coveredYears: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026] },
    });
  });

  it('is not ready (503) while a projection lags further than READY_MAX_LAG', async () => {
    const lagging = await startTestApp({ READY_MAX_LAG: '0' });
    const runner = lagging.app.get(ProjectionHost);
    await runner.stop();
    await lagging.app.get<EventStore>(EVENT_STORE).append({
      stream: 'department-ks-extra',
      events: [{ type: 'DepartmentRegistered', data: { departmentId: 'ks-extra' } }],
      expected: 'no_stream',
      metadata: { commandId: 'c2', correlationId: 'c2', causationId: null, actor: { kind: 'system', id: 'test', department: null } },
    });
    const response = await request(lagging.app.getHttpServer()).get('/health/ready').expect(503);
    expect(response.body.status).toBe('not-ready');
    expect(response.body.projections.every((p: { lag: number }) => p.lag >= 1)).toBe(true);
    await lagging.close();
  });
});
