import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import type { ProjectionDefinition } from '../../projections/kernel/projection.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { physicalCollection } from '../../src/projections/generations.js';
import { ProjectionRunner, projectionLease } from '../../src/projections/projection-runner.js';
import type { JsonObject } from '../../src/shared/json.js';
import { CheckpointBehind, LeaseLost } from '../../src/view-store/errors.js';
import type { ViewCommit, ViewStore } from '../../src/view-store/view-store.port.js';
import { ManualClock } from '../support/clocks.js';
import { testMetadata } from '../support/metadata.js';
import { thingSchemas } from '../support/thing-schemas.js';
import type { ViewStoreHarness } from './view-store.contract.js';

const T0 = '2026-12-02T10:00:00+08:00';
const TTL_MS = 10_000;

/** Counts events per thing and in all: every batch rewrites a shared document, so a lost update shows. */
const tally: ProjectionDefinition = {
  name: 'tally',
  version: 1,
  handles: ['ThingHappened'],
  collections: [{ name: 'tallies', indexes: [] }],
  keysFor: (event) => [{ collection: 'tallies', id: 'all' }, { collection: 'tallies', id: event.stream }],
  evolve: (doc, _event, key) => ({ id: key.id, n: Number(doc?.n ?? 0) + 1 }),
};

/** A view store whose commits can be held (a holder that stalls mid-batch) and whose refusals are counted. */
function pausable(views: ViewStore) {
  let gate: Promise<void> | null = null;
  let open: () => void = () => undefined;
  let held: () => void = () => undefined;
  const refused: unknown[] = [];
  const commit = async (commit: ViewCommit) => {
    if (gate) {
      held();
      await gate;
    }
    try {
      return await views.commit(commit);
    } catch (error) {
      refused.push(error);
      throw error;
    }
  };
  const store = new Proxy(views, {
    get: (target, property) => (property === 'commit' ? commit : (Reflect.get(target, property, target) as unknown)),
  });
  return {
    store,
    refused,
    /** Resolves once a commit is being held. */
    pause(): Promise<void> {
      gate = new Promise((resolve) => (open = resolve));
      return new Promise((resolve) => (held = resolve));
    },
    resume(): void {
      gate = null;
      open();
    },
  };
}

async function until(condition: () => Promise<boolean> | boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`never: ${what}`);
}

/** Every document of a generation's collection, by id. */
async function allDocs(views: ViewStore, collection: string): Promise<Record<string, JsonObject>> {
  const page = await views.find(collection, { limit: 1000 });
  expect(page.items.every((doc) => typeof doc.id === 'string')).toBe(true);
  return Object.fromEntries(page.items.map((doc) => [String(doc.id), doc]));
}

/** Issue 14: leases and fencing, on every adapter (two connections to one store stand for two instances). */
export function viewStoreLeaseContract(adapter: string, createHarness: () => Promise<ViewStoreHarness>): void {
  describe(`view store leases and fencing [${adapter}] (issue 14)`, () => {
    let harness: ViewStoreHarness;
    let first: ViewStore;
    let second: ViewStore;
    let log: SqliteEventStore;
    const clock = ManualClock.at(T0);
    const append = async (count: number) => {
      for (let i = 0; i < count; i += 1) await log.append({ stream: `thing-${i % 3}`, events: [{ type: 'ThingHappened', data: { i } }], expected: 'any', metadata: testMetadata() });
    };
    let runners: ProjectionRunner[] = [];
    const runner = (views: ViewStore, holder: string) => {
      const made = new ProjectionRunner(log, views, [tally], { batchSize: 4, retryMs: 20, leases: { holder, ttlMs: TTL_MS, renewMs: 3_600_000, clock } });
      runners.push(made);
      return made;
    };
    const cleanRebuild = async (head: number) => {
      const clean = await createHarness();
      const views = await clean.open();
      const solo = new ProjectionRunner(log, views, [tally]);
      await solo.start();
      expect(await solo.waitFor(head, 10_000)).toBe(true);
      const docs = await allDocs(views, solo.collectionFor('tally', 'tallies'));
      await solo.stop();
      await views.close();
      await clean.dispose();
      return docs;
    };

    beforeEach(async () => {
      clock.set(T0);
      harness = await createHarness();
      first = await harness.open();
      second = await harness.open();
      log = new SqliteEventStore({ file: ':memory:', schemas: thingSchemas(), pollMs: 10 });
    });
    afterEach(async () => {
      // Stopped here too, so a failed expectation leaves no pump running.
      for (const made of runners) await made.stop();
      runners = [];
      await first.close();
      await second.close();
      await log.close();
      await harness.dispose();
    });

    it('gives a free lease to one holder at a time, a new epoch at each acquisition, and a released or expired one to the next', async () => {
      const a = await first.acquireLease({ name: 'job', holder: 'A', ttlMs: TTL_MS, nowMs: clock.nowMs() });
      expect(a).toMatchObject({ name: 'job', holder: 'A', epoch: 1, expiresAtMs: clock.nowMs() + TTL_MS });
      expect(await second.acquireLease({ name: 'job', holder: 'B', ttlMs: TTL_MS, nowMs: clock.nowMs() })).toBeNull();
      clock.advance(TTL_MS - 1);
      const renewed = await first.renewLease(a!, TTL_MS, clock.nowMs());
      expect(renewed).toMatchObject({ epoch: 1, expiresAtMs: clock.nowMs() + TTL_MS });
      clock.advance(TTL_MS);
      const b = await second.acquireLease({ name: 'job', holder: 'B', ttlMs: TTL_MS, nowMs: clock.nowMs() });
      expect(b).toMatchObject({ holder: 'B', epoch: 2 });
      expect(await first.renewLease(renewed!, TTL_MS, clock.nowMs())).toBeNull();
      await second.releaseLease(b!);
      expect(await first.acquireLease({ name: 'job', holder: 'A', ttlMs: TTL_MS, nowMs: clock.nowMs() })).toMatchObject({ holder: 'A', epoch: 3 });
      expect((await second.leases()).map(({ name, holder, epoch }) => ({ name, holder, epoch }))).toEqual([{ name: 'job', holder: 'A', epoch: 3 }]);
    });

    it('refuses a fenced commit from an epoch that moved on (LeaseLost), writing none of it, and a fenced checkpoint that would move backwards (CheckpointBehind)', async () => {
      await first.ensureCollection({ name: 'things', indexes: [] });
      const a = (await first.acquireLease({ name: 'job', holder: 'A', ttlMs: TTL_MS, nowMs: clock.nowMs() }))!;
      await first.commit({ changes: [{ collection: 'things', id: 't', doc: { v: 1 } }], checkpoint: { name: 'job@g1', position: 5, fence: { lease: 'job', epoch: a.epoch } } });
      clock.advance(TTL_MS);
      const b = (await second.acquireLease({ name: 'job', holder: 'B', ttlMs: TTL_MS, nowMs: clock.nowMs() }))!;
      const late = first.commit({ changes: [{ collection: 'things', id: 't', doc: { v: 99 } }], checkpoint: { name: 'job@g1', position: 9, fence: { lease: 'job', epoch: a.epoch } } });
      await expect(late).rejects.toBeInstanceOf(LeaseLost);
      await expect(first.commit({ changes: [], meta: { m: { v: 1 } }, fences: [{ lease: 'job', epoch: a.epoch }] })).rejects.toBeInstanceOf(LeaseLost);
      expect(await second.get('things', 't')).toEqual({ v: 1 });
      expect(await second.readCheckpoint('job@g1')).toBe(5);
      expect(await second.readMeta('m')).toBeNull();
      await expect(second.commit({ changes: [], checkpoint: { name: 'job@g1', position: 4, fence: { lease: 'job', epoch: b.epoch } } })).rejects.toBeInstanceOf(CheckpointBehind);
      await second.commit({ changes: [{ collection: 'things', id: 't', doc: { v: 2 } }], checkpoint: { name: 'job@g1', position: 7, fence: { lease: 'job', epoch: b.epoch } } });
      expect(await first.get('things', 't')).toEqual({ v: 2 });
      expect(await first.readCheckpoint('job@g1')).toBe(7);
    });

    it('two runners race for one projection: one runs it, the other stands by, reads its progress from the store and takes over when it stops', async () => {
      await append(10);
      const a = runner(first, 'A');
      const b = runner(second, 'B');
      await Promise.all([a.start(), b.start()]);
      const [sa] = await a.status();
      const [sb] = await b.status();
      expect([sa!.here, sb!.here].sort()).toEqual([false, true]);
      const [holder, standby] = sa!.here ? [a, b] : [b, a];
      const standbyName = sa!.here ? 'B' : 'A';
      expect((await standby.status())[0]).toMatchObject({ state: 'standby', holder: sa!.here ? 'A' : 'B' });
      // Read your writes on the instance that does not run the projection: it waits on the store's checkpoint.
      expect(await standby.waitFor(10, 10_000)).toBe(true);
      await holder.stop();
      await standby.tickLeases();
      expect((await standby.status())[0]).toMatchObject({ here: true, holder: standbyName });
      await append(6);
      expect(await standby.waitFor(16, 10_000)).toBe(true);
      expect(await allDocs(first, standby.collectionFor('tally', 'tallies'))).toEqual(await cleanRebuild(16));
      await standby.stop();
    });

    it('an ex-holder that has not noticed the takeover drops nothing of the new holder: its rebuild is refused (LeaseLost) before the shadow\'s drop', async () => {
      await append(8);
      const a = runner(first, 'A');
      await a.start();
      expect(await a.waitFor(8, 10_000)).toBe(true);
      // B takes the lease past its expiry (A has not ticked since) and starts generation 2's shadow.
      clock.advance(TTL_MS + 1);
      const b = (await second.acquireLease({ name: projectionLease('tally'), holder: 'B', ttlMs: TTL_MS, nowMs: clock.nowMs() }))!;
      expect(b.epoch).toBe(2);
      const shadow = physicalCollection('tallies', 2);
      await second.ensureCollection({ name: shadow, indexes: [] });
      await second.commit({ changes: [{ collection: shadow, id: 'thing-0', doc: { id: 'thing-0', count: 3 } }], fences: [{ lease: projectionLease('tally'), epoch: b.epoch }] });
      await expect(a.rebuild('tally')).rejects.toBeInstanceOf(LeaseLost);
      expect(await second.get(shadow, 'thing-0')).toMatchObject({ count: 3 });
      await a.stop();
    });

    it('a paused holder resumes after losing its lease: its late batch is refused (LeaseLost), it stands by, and the views equal a clean rebuild', async () => {
      await append(8);
      const stalled = pausable(first);
      const a = runner(stalled.store, 'A');
      await a.start();
      expect(await a.waitFor(8, 10_000)).toBe(true);
      const b = runner(second, 'B');
      await b.start();
      expect((await b.status())[0]).toMatchObject({ state: 'standby', holder: 'A', here: false });

      // A stalls in the middle of a batch: evolved, not yet committed.
      const paused = stalled.pause();
      await append(5);
      await paused;
      // Past A's lease, B takes the projection (a new epoch) and applies what A was holding, and more.
      clock.advance(TTL_MS + 1);
      await b.tickLeases();
      expect((await b.status())[0]).toMatchObject({ here: true, holder: 'B' });
      await append(7);
      expect(await b.waitFor(20, 10_000)).toBe(true);

      stalled.resume();
      await until(async () => (await a.status())[0]!.state === 'standby', 'the stalled holder stands by');
      expect(stalled.refused.some((error) => error instanceof LeaseLost)).toBe(true);
      expect((await second.leases()).find((lease) => lease.name === projectionLease('tally'))).toMatchObject({ holder: 'B', epoch: 2 });
      await a.tickLeases();
      expect((await a.status())[0]).toMatchObject({ here: false, holder: 'B' });
      expect(await second.readCheckpoint('tally@g1')).toBe(20);
      expect(await allDocs(second, b.collectionFor('tally', 'tallies'))).toEqual(await cleanRebuild(20));
      await a.stop();
      await b.stop();
    });
  });
}
