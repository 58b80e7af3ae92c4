import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { join } from 'node:path';
import type { ProjectionDefinition } from '../../../projections/kernel/projection.js';
import { EventSchemaRegistry } from '../../../src/event-store/schema-registry.js';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';
import { ProjectionRunner } from '../../../src/projections/projection-runner.js';
import { SqliteViewStore } from '../../../src/view-store/sqlite/sqlite-view-store.js';
import { testMetadata } from '../../support/metadata.js';
import { tempDir } from '../../support/temp-dir.js';

/** Counts events per stream; v2 counts double, so a test can tell which generation answers. */
const perStream = (version: number, delayMs = 0): ProjectionDefinition => ({
  name: 'per-stream',
  version,
  handles: ['ThingHappened'],
  collections: [{ name: 'streams', indexes: ['count'] }],
  keysFor: (event) => [{ collection: 'streams', id: event.stream }],
  evolve: (doc, event) => {
    if (delayMs) { const until = Date.now() + delayMs; while (Date.now() < until); }
    return { stream: event.stream, count: Number(doc?.count ?? 0) + version, lastType: event.type };
  },
});

describe('projection runner (SQLite log and views)', () => {
  let dir: ReturnType<typeof tempDir>;
  let log: SqliteEventStore;
  let views: SqliteViewStore;
  const schemas = new EventSchemaRegistry().register('ThingHappened').register('Ignored');

  const write = async (stream: string, count: number, type = 'ThingHappened') => {
    for (let i = 0; i < count; i += 1) await log.append({ stream, events: [{ type, data: { i } }], expected: 'any', metadata: testMetadata() });
  };
  const countOf = async (runner: ProjectionRunner, stream: string) => (await views.get(runner.collectionFor('per-stream', 'streams'), stream))?.count;

  beforeEach(() => {
    dir = tempDir();
    log = new SqliteEventStore({ file: join(dir.path, 'events.sqlite'), schemas, pollMs: 10 });
    views = new SqliteViewStore(join(dir.path, 'views.sqlite'));
  });
  afterEach(async () => {
    await log.close();
    await views.close();
    dir.remove();
  });

  it('catches up from the log, tails live appends and reports lag 0 when done', async () => {
    await write('thing-a', 30);
    await write('other-x', 5, 'Ignored');
    const runner = new ProjectionRunner(log, views, [perStream(1)], { batchSize: 8 });
    await runner.start();
    expect(await runner.waitFor(35, 2000)).toBe(true);
    expect(await countOf(runner, 'thing-a')).toBe(30);
    await write('thing-b', 3);
    expect(await runner.waitFor(38, 2000)).toBe(true);
    expect(await countOf(runner, 'thing-b')).toBe(3);
    const [status] = await runner.status();
    expect(status).toMatchObject({ name: 'per-stream', version: 1, generation: 1, checkpoint: 38, lag: 0, state: 'running', rebuild: null });
    await runner.stop();
  });

  it('reports indexing, not running, from reaching the head of a build from zero until its deferred indexes exist', async () => {
    await write('thing-a', 30);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const build = views.buildIndexes.bind(views);
    // The real store, its index build held back so the moment between catch-up and indexes can be seen.
    views.buildIndexes = async (name) => { await gate; return build(name); };
    const runner = new ProjectionRunner(log, views, [perStream(1)], { batchSize: 8 });
    await runner.start();
    expect(await runner.waitFor(30, 2000)).toBe(true);
    expect((await runner.status())[0]).toMatchObject({ checkpoint: 30, lag: 0, state: 'indexing' });
    const table = runner.collectionFor('per-stream', 'streams');
    expect(views.explain(table, { filter: { count: 30 } }).join(' ')).not.toMatch(/SEARCH .*ix_/);
    release();
    for (let i = 0; i < 200 && (await runner.status())[0]!.state !== 'running'; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await runner.status())[0]!.state).toBe('running');
    expect(views.explain(table, { filter: { count: 30 } }).join(' ')).toMatch(/SEARCH .*ix_/);
    await runner.stop();
  });

  it('resumes from its persisted checkpoint after a restart, applying nothing twice', async () => {
    await write('thing-a', 10);
    const first = new ProjectionRunner(log, views, [perStream(1)]);
    await first.start();
    await first.waitFor(10, 2000);
    await first.stop();
    await write('thing-a', 5);
    const second = new ProjectionRunner(log, views, [perStream(1)]);
    await second.start();
    expect(await second.waitFor(15, 2000)).toBe(true);
    expect(await countOf(second, 'thing-a')).toBe(15);
    await second.stop();
  });

  it('rebuilds a new version blue-green: the old view answers until the new one has caught up', async () => {
    await write('thing-a', 40);
    const v1 = new ProjectionRunner(log, views, [perStream(1)]);
    await v1.start();
    await v1.waitFor(40, 2000);
    await v1.stop();

    const v2 = new ProjectionRunner(log, views, [perStream(2, 10)], { batchSize: 5 });
    await v2.start();
    const during = await v2.status();
    expect(during[0]).toMatchObject({ version: 1, generation: 1, state: 'rebuilding', checkpoint: 40 });
    await write('thing-b', 1);
    expect(await v2.waitFor(41, 30)).toBe(false);
    expect(await countOf(v2, 'thing-a')).toBe(40);
    for (let i = 0; i < 200 && (await v2.status())[0]!.version !== 2; i += 1) await new Promise((r) => setTimeout(r, 20));
    expect((await v2.status())[0]).toMatchObject({ version: 2, generation: 2, lag: 0, rebuild: null });
    expect(await countOf(v2, 'thing-a')).toBe(80);
    expect(await v2.waitFor(41, 2000)).toBe(true);
    await expect(views.count('streams__g1')).rejects.toMatchObject({ rule: 'UNKNOWN_COLLECTION' });
    await v2.stop();

    const again = new ProjectionRunner(log, views, [perStream(2)]);
    await again.start();
    expect((await again.status())[0]).toMatchObject({ version: 2, generation: 2 });
    await again.stop();
  });

  it('rebuilds on an operator request while the current generation keeps serving and updating', async () => {
    await write('thing-a', 20);
    const runner = new ProjectionRunner(log, views, [perStream(1, 1)], { batchSize: 4 });
    await runner.start();
    await runner.waitFor(20, 2000);
    await runner.rebuild('per-stream');
    expect(await countOf(runner, 'thing-a')).toBe(20);
    await write('thing-a', 2);
    for (let i = 0; i < 200 && (await runner.status())[0]!.generation !== 2; i += 1) await new Promise((r) => setTimeout(r, 20));
    expect(await runner.waitFor(22, 2000)).toBe(true);
    expect((await runner.status())[0]).toMatchObject({ generation: 2, lag: 0 });
    expect(await countOf(runner, 'thing-a')).toBe(22);
    await runner.stop();
  });

  it('swaps exactly once even when batches finish while the head is being read (slow engines)', async () => {
    const slowHead = Object.create(log) as SqliteEventStore;
    slowHead.headPosition = async () => {
      await new Promise((resolve) => setTimeout(resolve, 15));
      return log.headPosition();
    };
    const swaps: string[] = [];
    const runner = new ProjectionRunner(slowHead, views, [perStream(1)], { batchSize: 1, log: (m) => m.includes('swapped in') && swaps.push(m) });
    await runner.start();
    await runner.rebuild('per-stream');
    await Promise.all([write('thing-a', 1), write('thing-b', 1), write('thing-c', 1)]);
    for (let i = 0; i < 100 && (await runner.status())[0]!.generation !== 2; i += 1) await new Promise((r) => setTimeout(r, 20));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(swaps).toHaveLength(1);
    expect(await runner.waitFor(3, 2000)).toBe(true);
    expect(await countOf(runner, 'thing-c')).toBe(1);
    await runner.stop();
  });

  it('makes replaying an event changes nothing: documents remember the last position applied', async () => {
    await write('thing-a', 3);
    const runner = new ProjectionRunner(log, views, [perStream(1)]);
    await runner.start();
    await runner.waitFor(3, 2000);
    await runner.stop();
    // Simulate a lost checkpoint (e.g. an engine without transactions): the batch is re-read.
    await views.commit({ changes: [], checkpoint: { name: 'per-stream@g1', position: 0 } });
    const again = new ProjectionRunner(log, views, [perStream(1)]);
    await again.start();
    await again.waitFor(3, 2000);
    expect(await countOf(again, 'thing-a')).toBe(3);
    await again.stop();
  });

  it('waitFor gives up after its timeout when the views have not reached a position', async () => {
    const runner = new ProjectionRunner(log, views, [perStream(1)]);
    await runner.start();
    expect(await runner.waitFor(99, 50)).toBe(false);
    await runner.stop();
  });
});
