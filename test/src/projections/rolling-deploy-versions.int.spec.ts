import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { join } from 'node:path';
import type { ProjectionDefinition } from '../../../projections/kernel/projection.js';
import { EventSchemaRegistry } from '../../../src/event-store/schema-registry.js';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';
import { isReady } from '../../../src/health/readiness.js';
import { ProjectionRunner } from '../../../src/projections/projection-runner.js';
import { SqliteViewStore } from '../../../src/view-store/sqlite/sqlite-view-store.js';
import { ManualClock, TEST_NOW } from '../../support/clocks.js';
import { testMetadata } from '../../support/metadata.js';
import { tempDir } from '../../support/temp-dir.js';

/** Counts events per stream; v2 counts double, so the answering version shows in the views. */
const perStream = (version: number): ProjectionDefinition => ({
  name: 'per-stream',
  version,
  handles: ['ThingHappened'],
  collections: [{ name: 'streams', indexes: [] }],
  keysFor: (event) => [{ collection: 'streams', id: event.stream }],
  evolve: (doc, event) => ({ stream: event.stream, count: Number(doc?.count ?? 0) + version }),
});

/**
 * A rolling deploy (issue 14 review): instances of versions 2 and 1 of a projection share one view
 * store. Once the views are v2, a v1 instance must not take the lease and rebuild them back to v1
 * (and the next v2 holder forward again): it stands by, not ready, in state newer-version-elsewhere.
 */
describe('mixed projection versions on one SQLite view store (rolling deploy, INSTANCES=shared)', () => {
  let dir: ReturnType<typeof tempDir>;
  let log: SqliteEventStore;
  let views: SqliteViewStore;
  const clock = ManualClock.at(TEST_NOW);
  // Renewals far apart: the test steps the lease rounds itself (tickLeases).
  const runner = (version: number, holder: string) =>
    new ProjectionRunner(log, views, [perStream(version)], { leases: { holder, ttlMs: 600_000, renewMs: 300_000, clock } });
  const countOf = async (r: ProjectionRunner) => (await views.get(r.collectionFor('per-stream', 'streams'), 'thing-a'))?.count;

  beforeEach(async () => {
    dir = tempDir();
    log = new SqliteEventStore({ file: join(dir.path, 'events.sqlite'), schemas: new EventSchemaRegistry().register('ThingHappened'), pollMs: 10 });
    views = new SqliteViewStore(join(dir.path, 'views.sqlite'));
    for (let i = 0; i < 10; i += 1) await log.append({ stream: 'thing-a', events: [{ type: 'ThingHappened', data: { i } }], expected: 'any', metadata: testMetadata() });
  });
  afterEach(async () => {
    await log.close();
    await views.close();
    dir.remove();
  });

  it('a v1 runner never takes the lease of views a v2 runner built: it stands by as newer-version-elsewhere (not ready), nothing is rebuilt', async () => {
    const v2 = runner(2, 'instance-v2');
    await v2.start();
    expect(await v2.waitFor(10, 2000)).toBe(true);
    const v1 = runner(1, 'instance-v1');
    await v1.start();
    expect((await v1.status())[0]).toMatchObject({ version: 2, generation: 1, here: false, holder: 'instance-v2' });

    // The v2 holder goes away (restarted in the deploy): its lease is free, and the v1 runner's next round finds it.
    await v2.stop();
    await v1.tickLeases();
    await v1.tickLeases();
    const [status] = await v1.status();
    expect(status).toMatchObject({ name: 'per-stream', version: 2, generation: 1, state: 'newer-version-elsewhere', here: false, rebuild: null, checkpoint: 10 });
    expect(isReady([status!], 1000)).toBe(false);
    expect(await views.leases()).not.toContainEqual(expect.objectContaining({ holder: 'instance-v1' }));
    expect(await views.readMeta('projection:per-stream')).toMatchObject({ version: 2, generation: 1 });
    expect(await countOf(v1)).toBe(20);

    // The next v2 instance takes the lease and carries on with the same generation: no rebuild either way.
    const next = runner(2, 'instance-v2b');
    await next.start();
    expect((await next.status())[0]).toMatchObject({ version: 2, generation: 1, state: 'running', here: true });
    await v1.tickLeases();
    expect((await v1.status())[0]).toMatchObject({ state: 'newer-version-elsewhere', holder: 'instance-v2b' });
    await next.stop();
    await v1.stop();
  });

  it('a v1 runner started alone on v2 views does not rebuild them either (start-up path)', async () => {
    const v2 = runner(2, 'instance-v2');
    await v2.start();
    await v2.waitFor(10, 2000);
    await v2.stop();
    const v1 = runner(1, 'instance-v1');
    await v1.start();
    expect((await v1.status())[0]).toMatchObject({ version: 2, generation: 1, state: 'newer-version-elsewhere', here: false, holder: null });
    expect(await views.readMeta('projection:per-stream')).toMatchObject({ version: 2, generation: 1 });
    await v1.stop();
  });
});
