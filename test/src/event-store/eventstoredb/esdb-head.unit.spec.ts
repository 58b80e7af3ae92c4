/**
 * Issue 14, item 6: `headPosition` (every `/health/ready`, every X-Min-Position) no longer scans
 * $all backwards per call: a live filtered watch keeps it current, scans only while the watch is down.
 *
 * Against the fault-injecting fake of the client (fake-esdb-client.ts): no EventStoreDB server runs
 * on this machine, so this is the one place a fake stands in for the store.
 */
import { describe, it, expect } from '@jest/globals';
import { CancelledError } from '@eventstore/db-client';
import { appendToStream } from '../../../../src/event-store/eventstoredb/esdb-append.js';
import { HeadWatcher } from '../../../../src/event-store/eventstoredb/esdb-head.js';
import { STREAM, fakeContext } from './fake-append-context.js';
import { testMetadata } from '../../../support/metadata.js';

/** Lets the fake's confirmations and the watcher's baseline scan run (no clock involved). */
async function settle(times = 5): Promise<void> {
  for (let i = 0; i < times; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

function setup(refreshMs = 60_000) {
  const { esdb, ctx } = fakeContext();
  let scans = 0;
  const watcher = new HeadWatcher(ctx, async () => {
    scans += 1;
    return esdb.head();
  }, { refreshMs, backoffMs: { first: 1, max: 2 } });
  const write = (n: number) => appendToStream(ctx, { stream: STREAM, expected: 'any', metadata: testMetadata(), events: [{ type: 'ThingHappened', data: { n } }] });
  return { esdb, watcher, write, scans: () => scans };
}

describe('the EventStoreDB head position', () => {
  it('is served from memory once the live watch runs: many calls, no scan each; other instances\' events move it', async () => {
    const { esdb, watcher, write, scans } = setup();
    await write(1);
    expect(await watcher.current()).toBe(100);
    await settle();
    const baseline = scans();
    for (let i = 0; i < 20; i += 1) await watcher.current();
    await write(2); // as if written by another instance: seen by the watch only
    await settle();
    expect(await watcher.current()).toBe(esdb.head());
    expect(scans()).toBe(baseline);
    expect(esdb.subscriptionsOpened).toBe(1);
    watcher.close();
  });

  it('while the watch is down it scans at most once per refresh interval, and reopens the watch (CancelledError: a restart)', async () => {
    const { esdb, watcher, write, scans } = setup();
    await watcher.current();
    await settle();
    esdb.dropSubscriptions(new CancelledError(undefined, '1 CANCELLED'));
    const before = scans();
    await Promise.all([watcher.current(), watcher.current(), watcher.current()]);
    expect(scans() - before).toBeLessThanOrEqual(1);
    for (let i = 0; i < 1000 && esdb.subscriptionsOpened < 2; i += 1) await new Promise((resolve) => setTimeout(resolve, 1));
    await settle();
    expect(esdb.subscriptionsOpened).toBe(2);
    await write(1);
    await settle();
    expect(await watcher.current()).toBe(esdb.head());
    watcher.close();
    expect(esdb.openSubscriptions.size).toBe(0);
  });

  it('fresh(): one scan now, for a position another instance wrote that the watch has not pushed yet (X-Min-Position, issue 14 review)', async () => {
    const { esdb, watcher, write, scans } = setup();
    await write(1);
    await watcher.current();
    await settle();
    const before = scans();
    // Another instance's event, still on its way to this watch: written while the watch is out of the fake's delivery list.
    const watches = [...esdb.openSubscriptions];
    esdb.openSubscriptions.clear();
    await write(2);
    watches.forEach((watch) => esdb.openSubscriptions.add(watch));
    expect(await watcher.current()).toBeLessThan(esdb.head());
    expect(await watcher.fresh()).toBe(esdb.head());
    expect(scans()).toBe(before + 1);
    expect(await watcher.current()).toBe(esdb.head());
    watcher.close();
  });

  it('never goes backwards: an append\'s own position counts at once', async () => {
    const { watcher } = setup();
    watcher.note(500);
    watcher.note(300);
    expect(await watcher.current()).toBe(500);
    watcher.close();
  });
});
