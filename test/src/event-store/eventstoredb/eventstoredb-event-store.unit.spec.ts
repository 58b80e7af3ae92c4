import { describe, it, expect, afterEach } from '@jest/globals';
import { EventStoreUnavailable, InvalidAppend } from '../../../../src/event-store/errors.js';
import { EventSchemaRegistry } from '../../../../src/event-store/schema-registry.js';
import { EventStoreDbEventStore } from '../../../../src/event-store/eventstoredb/eventstoredb-event-store.js';
import { testMetadata } from '../../../support/metadata.js';

// Port 1 on the loopback: nothing listens, so the client is refused at once (no network beyond this machine).
const DOWN = 'esdb://127.0.0.1:1?tls=false&defaultDeadline=500';

describe('EventStoreDB event store without a server', () => {
  let store: EventStoreDbEventStore;
  afterEach(async () => store.close());

  const open = () => (store = new EventStoreDbEventStore({ url: DOWN, schemas: new EventSchemaRegistry().register('ThingHappened') }));

  it('fails fast with EventStoreUnavailable naming the server and what to check', async () => {
    open();
    const attempt = store.headPosition();
    await expect(attempt).rejects.toBeInstanceOf(EventStoreUnavailable);
    const error = (await attempt.catch((e: unknown) => e)) as EventStoreUnavailable;
    expect(error.code).toBe('EVENT_STORE_UNAVAILABLE');
    expect(error.message).toContain('127.0.0.1:1');
    expect(error.message).toContain('EVENTSTORE_URL');
  }, 10_000);

  it('fails an append fast with EventStoreUnavailable too', async () => {
    open();
    await expect(store.append({ stream: 'subject-1', events: [{ type: 'ThingHappened', data: { n: 1 } }], expected: 'any', metadata: testMetadata() }))
      .rejects.toBeInstanceOf(EventStoreUnavailable);
  }, 10_000);

  it('refuses bad input and streams outside its categories before calling the server', async () => {
    open();
    await expect(store.append({ stream: 'thing-1', events: [{ type: 'ThingHappened', data: { n: 1 } }], expected: 'any', metadata: testMetadata() }))
      .rejects.toMatchObject({ code: 'INVALID_APPEND', field: 'stream', rule: 'STREAM_CATEGORY' });
    await expect(store.readStream('Not A Stream')).rejects.toBeInstanceOf(InvalidAppend);
    await expect(store.readAll(-1, 10)).rejects.toBeInstanceOf(InvalidAppend);
  });
});
