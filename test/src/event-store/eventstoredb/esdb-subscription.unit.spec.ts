/**
 * Issue 14, items 3 and 6: the projection feed over EventStoreDB is ONE filtered subscription (no
 * subscription per page, no polling while idle) that survives a server restart (CancelledError) or
 * an ended call by resubscribing, with back-off, from the last delivered position.
 *
 * Against the fault-injecting fake of the client (fake-esdb-client.ts): no EventStoreDB server runs
 * on this machine, so this is the one place a fake stands in for the store.
 */
import { describe, it, expect } from '@jest/globals';
import { CancelledError, UnavailableError } from '@eventstore/db-client';
import type { StoredEvent } from '../../../../src/event-store/event-store.port.js';
import { appendToStream } from '../../../../src/event-store/eventstoredb/esdb-append.js';
import { backoffDelay, esdbSubscription } from '../../../../src/event-store/eventstoredb/esdb-subscription.js';
import { STREAM, fakeContext } from './fake-append-context.js';
import { testMetadata } from '../../../support/metadata.js';

const options = { batchSize: 2, backoffMs: { first: 1, max: 5 } };

function setup() {
  const { esdb, ctx } = fakeContext();
  const write = (n: number) => appendToStream(ctx, { stream: STREAM, expected: 'any', metadata: testMetadata(), events: [{ type: 'ThingHappened', data: { n } }] });
  return { esdb, ctx, write };
}

/** Reads batches until `count` events have come, running `between` after each batch. */
async function take(feed: AsyncIterable<readonly StoredEvent[]>, count: number, between: (seen: number) => Promise<void> = async () => undefined) {
  const seen: StoredEvent[] = [];
  for await (const batch of feed) {
    seen.push(...batch);
    if (seen.length >= count) break;
    await between(seen.length);
  }
  return seen;
}

describe('the EventStoreDB projection feed', () => {
  it('backs off exponentially up to a ceiling', () => {
    const backoff = { first: 100, max: 1000 };
    expect([1, 2, 3, 4, 5, 9].map((n) => backoffDelay(n, backoff))).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it('catches up, then receives new events pushed live, through one subscription (no page subscriptions, no polling)', async () => {
    const { esdb, ctx, write } = setup();
    await write(1);
    await write(2);
    await write(3);
    const feed = esdbSubscription(ctx, 0, options);
    const seen = await take(feed, 5, async (n) => {
      if (n === 3) await write(4).then(() => write(5));
    });
    feed.close();
    expect(seen.map((e) => e.data.n)).toEqual([1, 2, 3, 4, 5]);
    expect(esdb.subscriptionsOpened).toBe(1);
  });

  it('resumes after a server restart (CancelledError) and an ended call from the last delivered event: no gap, no duplicate', async () => {
    const { esdb, ctx, write } = setup();
    await write(1);
    await write(2);
    const feed = esdbSubscription(ctx, 0, options);
    const seen = await take(feed, 4, async (n) => {
      if (n === 2) {
        esdb.dropSubscriptions(new CancelledError(undefined, '1 CANCELLED: server shutting down'));
        await write(3);
      } else if (n === 3) {
        esdb.dropSubscriptions('end');
        await write(4);
      }
    });
    feed.close();
    expect(seen.map((e) => e.data.n)).toEqual([1, 2, 3, 4]);
    expect(new Set(seen.map((e) => e.position)).size).toBe(4);
    expect(esdb.subscriptionsOpened).toBe(3);
  });

  it('resumes after UNAVAILABLE too, and starts after the checkpoint it was given', async () => {
    const { esdb, ctx, write } = setup();
    const first = await write(1);
    await write(2);
    const feed = esdbSubscription(ctx, first.position, options);
    const seen = await take(feed, 2, async () => {
      esdb.dropSubscriptions(new UnavailableError(undefined, '14 UNAVAILABLE'));
      await write(3);
    });
    feed.close();
    expect(seen.map((e) => e.data.n)).toEqual([2, 3]);
  });

  it('ends with the error when it is not a connection problem', async () => {
    const { esdb, ctx, write } = setup();
    await write(1);
    const feed = esdbSubscription(ctx, 0, options);
    const run = take(feed, 5, async () => {
      esdb.dropSubscriptions(new TypeError('malformed'));
    });
    await expect(run).rejects.toBeInstanceOf(TypeError);
  });

  it('close() ends an idle feed and its subscription', async () => {
    const { esdb, ctx } = setup();
    const feed = esdbSubscription(ctx, 0, options);
    const run = take(feed, 1);
    await new Promise((resolve) => setImmediate(resolve));
    feed.close();
    expect(await run).toEqual([]);
    expect(esdb.openSubscriptions.size).toBe(0);
  });
});
