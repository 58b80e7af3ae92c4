/**
 * X-Min-Position on an instance whose log head lags (issue 14 review): on EventStoreDB the head is
 * a value in memory, pushed by a live subscription (esdb-head.ts), so a write made through instance
 * A reaches instance B's head some milliseconds later. No EventStoreDB server runs here, and the
 * SQLite store reads its head from the file (never stale), so the store below is the real SQLite
 * store with a head that answers an older value for its next few reads, as B's pushed head would.
 * The interceptor runs with the real projection runner on real SQLite files; only Nest's request
 * context is a stand-in (a header and a handler).
 */
import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { join } from 'node:path';
import { lastValueFrom, of } from 'rxjs';
import type { ProjectionDefinition } from '../../../projections/kernel/projection.js';
import type { EventStore } from '../../../src/event-store/event-store.port.js';
import { EventSchemaRegistry } from '../../../src/event-store/schema-registry.js';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';
import { MinPositionInterceptor } from '../../../src/http/min-position.interceptor.js';
import { ProjectionRunner } from '../../../src/projections/projection-runner.js';
import { SqliteViewStore } from '../../../src/view-store/sqlite/sqlite-view-store.js';
import { testMetadata } from '../../support/metadata.js';
import { tempDir } from '../../support/temp-dir.js';

const counting: ProjectionDefinition = {
  name: 'per-stream',
  version: 1,
  handles: ['ThingHappened'],
  collections: [{ name: 'streams', indexes: [] }],
  keysFor: (event) => [{ collection: 'streams', id: event.stream }],
  evolve: (doc, event) => ({ stream: event.stream, count: Number(doc?.count ?? 0) + 1 }),
};

/** The real store; its head answers `stale` for the next `staleReads` reads (then, if `fresh`, only a fresh read sees the log). */
function laggingHead(log: SqliteEventStore, stale: number, staleReads: number, options: { fresh?: boolean } = {}): EventStore {
  const lagging = Object.create(log) as SqliteEventStore & { freshHeadPosition?: () => Promise<number> };
  let reads = 0;
  lagging.headPosition = async () => (reads++ < staleReads ? stale : log.headPosition());
  if (options.fresh) lagging.freshHeadPosition = () => log.headPosition();
  return lagging;
}

function request(minPosition: string): ExecutionContext {
  const header = (name: string) => (name === 'x-min-position' ? minPosition : undefined);
  return { switchToHttp: () => ({ getRequest: () => ({ header }) }) } as unknown as ExecutionContext;
}

const answered: CallHandler = { handle: () => of('answered') };

describe('X-Min-Position with a log head that learns of other instances\' writes late (issue 14 review)', () => {
  let dir: ReturnType<typeof tempDir>;
  let log: SqliteEventStore;
  let views: SqliteViewStore;
  let runner: ProjectionRunner;
  const write = async (count: number) => {
    for (let i = 0; i < count; i += 1) await log.append({ stream: 'thing-a', events: [{ type: 'ThingHappened', data: { i } }], expected: 'any', metadata: testMetadata() });
  };

  beforeEach(async () => {
    dir = tempDir();
    log = new SqliteEventStore({ file: join(dir.path, 'events.sqlite'), schemas: new EventSchemaRegistry().register('ThingHappened'), pollMs: 10 });
    views = new SqliteViewStore(join(dir.path, 'views.sqlite'));
    runner = new ProjectionRunner(log, views, [counting]);
    await runner.start();
    await write(3);
  });
  afterEach(async () => {
    await runner.stop();
    await log.close();
    await views.close();
    dir.remove();
  });

  it('asks a store whose head lags for a fresh head as soon as a position is beyond it, then answers (not 400 POSITION_AHEAD_OF_LOG)', async () => {
    const interceptor = new MinPositionInterceptor(runner, laggingHead(log, 3, Number.POSITIVE_INFINITY, { fresh: true }));
    await write(2);
    await expect(lastValueFrom(interceptor.intercept(request('5'), answered))).resolves.toBe('answered');
  });

  it('without the fresh read a lagging head would call a written position beyond the log (the case the fresh read is for)', async () => {
    const interceptor = new MinPositionInterceptor(runner, laggingHead(log, 3, Number.POSITIVE_INFINITY));
    await write(2);
    await expect(lastValueFrom(interceptor.intercept(request('5'), answered))).rejects.toMatchObject({ status: 400 });
  });

  it('a store whose head is the log\'s own (no fresh read: SQLite) is asked once: a bogus position is refused without waiting', async () => {
    let reads = 0;
    const counted = Object.create(log) as SqliteEventStore;
    counted.headPosition = async () => (reads++, log.headPosition());
    const interceptor = new MinPositionInterceptor(runner, counted);
    await expect(lastValueFrom(interceptor.intercept(request('1000'), answered))).rejects.toMatchObject({ status: 400 });
    expect(reads).toBe(1);
  });

  it('answers 400 POSITION_AHEAD_OF_LOG for a position still beyond the head after the window (it came from no answer)', async () => {
    const interceptor = new MinPositionInterceptor(runner, laggingHead(log, 3, 3, { fresh: true }));
    await expect(lastValueFrom(interceptor.intercept(request('1000'), answered))).rejects.toMatchObject({
      status: 400,
      response: { code: 'VALIDATION_FAILED', details: { field: 'X-Min-Position', rule: 'POSITION_AHEAD_OF_LOG', head: 3 } },
    });
  });
});
