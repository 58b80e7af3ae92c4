/**
 * Issue 14 through the whole EventStoreDB store: a lost answer resolved inside `append`, the feed as
 * one subscription, `headPosition` without a scan per call.
 *
 * Against the fault-injecting fake of the client (fake-esdb-client.ts), passed in as the store's
 * client: no EventStoreDB server runs on this machine, so this is the one place a fake stands in.
 */
import { describe, it, expect } from '@jest/globals';
import { EventSchemaRegistry } from '../../../../src/event-store/schema-registry.js';
import { EventStoreDbEventStore } from '../../../../src/event-store/eventstoredb/eventstoredb-event-store.js';
import { testMetadata } from '../../../support/metadata.js';
import { FakeEsdb } from './fake-esdb-client.js';

const STREAM = 'subject-7';

async function settle(times = 5): Promise<void> {
  for (let i = 0; i < times; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

function open() {
  const esdb = new FakeEsdb();
  const store = new EventStoreDbEventStore({ url: 'esdb://fake:2113?tls=false', schemas: new EventSchemaRegistry().register('ThingHappened'), client: esdb.client });
  const append = (n: number, key?: string) => store.append({
    stream: STREAM, expected: 'any', metadata: testMetadata(), events: [{ type: 'ThingHappened', data: { n } }],
    ...(key ? { idempotency: { key, fingerprint: `fp-${n}` } } : {}),
  });
  return { esdb, store, append };
}

describe('the EventStoreDB store on a failing client (issue 14)', () => {
  it('answers an append whose answer was lost after landing as written, once, and the feed delivers it once', async () => {
    const { esdb, store, append } = open();
    esdb.faults.push({ stream: STREAM, kind: 'cancelled', land: 'before' });
    const written = await append(1);
    expect(written.replayed).toBe(false);
    const feed = store.subscribe(0, { batchSize: 10 });
    for await (const batch of feed) {
      expect(batch.map((e) => e.eventId)).toEqual([written.events[0]!.eventId]);
      break;
    }
    feed.close();
    expect(esdb.events(STREAM)).toHaveLength(1);
    await store.close();
  });

  it('serves headPosition from the live watch: repeated /health calls read nothing from $all', async () => {
    const { esdb, store, append } = open();
    await append(1);
    await store.headPosition();
    await settle();
    const reads = esdb.allReads.length;
    for (let i = 0; i < 20; i += 1) await store.headPosition();
    await append(2);
    expect(await store.headPosition()).toBe(esdb.head());
    expect(esdb.allReads.length).toBe(reads);
    await store.close();
    expect(esdb.openSubscriptions.size).toBe(0);
  });

  it('refuses throwOnAppendFailure=false in its URL', () => {
    expect(() => new EventStoreDbEventStore({ url: 'esdb://fake:2113?throwOnAppendFailure=false', schemas: new EventSchemaRegistry(), client: new FakeEsdb().client }))
      .toThrow(/throwOnAppendFailure=false/);
  });
});
