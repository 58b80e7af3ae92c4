import { it, expect, afterEach } from '@jest/globals';
import { EventSchemaRegistry } from '../../src/event-store/schema-registry.js';
import { AppendOutcomeUnknown, InvalidAppend } from '../../src/event-store/errors.js';
import type { AppendRequest } from '../../src/event-store/event-store.port.js';
import { EventStoreDbEventStore, type EventStoreDbOptions } from '../../src/event-store/eventstoredb/eventstoredb-event-store.js';
import { describeIf } from '../support/describe-if.js';
import { testMetadata } from '../support/metadata.js';
import { eventStoreContract } from './event-store.contract.js';

// Runs only against a real server: EVENTSTORE_URL=esdb://localhost:2113?tls=false (docker-compose.yml).
const url = process.env.EVENTSTORE_URL ?? '';
if (!url) console.log('[eventstoredb] event store contract suite SKIPPED: EVENTSTORE_URL is not set (no EventStoreDB server on this machine)');

// Streams of this run live under their own prefix, so a shared server's other runs stay invisible.
const namespace = `contract${process.pid.toString(36)}${Date.now().toString(36)}.`;

describeIf(url !== '')('EventStoreDB event store (EVENTSTORE_URL)', () => {
  eventStoreContract('eventstoredb', async () => ({
    gapFreePositions: false,
    open: async (schemas, clock) => new EventStoreDbEventStore({ url, schemas, clock, namespace, categories: ['thing'] }),
    // No tamper hook: EventStoreDB offers no way to change a stored event in place.
    dispose: async () => undefined,
  }), { canTamper: false });
});

/** Issue 14: what only a real server can show (the unit suites use a fault-injecting fake of the client). */
describeIf(url !== '')('EventStoreDB under failure (issue 14, EVENTSTORE_URL)', () => {
  const stores: EventStoreDbEventStore[] = [];
  const open = (options: Partial<EventStoreDbOptions> = {}) => {
    const store = new EventStoreDbEventStore({ url, schemas: new EventSchemaRegistry().register('ThingHappened'), namespace, categories: ['thing'], ...options });
    stores.push(store);
    return store;
  };
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
  });
  let seq = 0;
  const stream = () => `thing-f${Date.now().toString(36)}x${(seq += 1)}`;
  const request = (name: string, key?: string, text = 'x'): AppendRequest => ({
    stream: name, expected: 'any', metadata: testMetadata(), ...(key ? { idempotency: { key, fingerprint: `fp-${key}` } } : {}),
    events: [{ type: 'ThingHappened', data: { n: 1, text } }, { type: 'ThingHappened', data: { n: 2 } }],
  });

  it('an append whose deadline passes before the answer (1 ms) is resolved or reported unknown, and a retry with the key writes it exactly once', async () => {
    const name = stream();
    const key = `late-${name}`;
    const hurried = open({ appendDeadlineMs: 1 });
    const first = await hurried.append(request(name, key)).catch((error: unknown) => error);
    if (first instanceof Error) expect(first).toBeInstanceOf(AppendOutcomeUnknown);
    const retry = await open().append(request(name, key));
    expect(retry.events).toHaveLength(2);
    expect(await open().readStream(name)).toHaveLength(2);
  });

  it('an append larger than EVENTSTORE_MAX_APPEND_BYTES is refused before sending; one the server refuses (its MaxAppendSize) is InvalidAppend too and frees the key', async () => {
    const name = stream();
    await expect(open({ maxAppendBytes: 2048 }).append(request(name, undefined, 'y'.repeat(4096)))).rejects.toBeInstanceOf(InvalidAppend);
    const key = `big-${name}`;
    const lenient = open({ maxAppendBytes: 16 * 1024 * 1024 });
    await expect(lenient.append(request(name, key, 'z'.repeat(2 * 1024 * 1024)))).rejects.toMatchObject({ code: 'INVALID_APPEND', rule: 'MAX_APPEND_SIZE' });
    expect(await lenient.lookupIdempotencyKey(key)).toBeNull();
    expect(await open().readStream(name)).toHaveLength(0);
  });

  it('the head position follows another instance\'s appends through the live watch', async () => {
    const reader = open();
    await reader.headPosition();
    const written = await open().append(request(stream()));
    let head = 0;
    for (let i = 0; i < 200 && head < written.position; i += 1) {
      head = await reader.headPosition();
      if (head < written.position) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(head).toBeGreaterThanOrEqual(written.position);
  });

  it('refuses throwOnAppendFailure=false in the URL', () => {
    expect(() => open({ url: `${url}${url.includes('?') ? '&' : '?'}throwOnAppendFailure=false` })).toThrow(/throwOnAppendFailure=false/);
  });
});
