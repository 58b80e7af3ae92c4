import { describe, it, expect } from '@jest/globals';
import { EventStoreUnavailable } from '../../../../src/event-store/errors.js';
import { EventStoreDbEventStore } from '../../../../src/event-store/eventstoredb/eventstoredb-event-store.js';
import { testMetadata } from '../../../support/metadata.js';
import { silentServer } from './silent-server.js';
import { thingSchemas } from '../../../support/thing-schemas.js';

const DEADLINE_MS = 300;

/** Each call must fail within the deadline plus slack, never hang. */
async function failsWithin<T>(work: () => Promise<T>, ms: number): Promise<unknown> {
  const started = Date.now();
  const error = await work().then(() => null, (caught: unknown) => caught);
  expect(Date.now() - started).toBeLessThan(ms);
  return error;
}

describe('EventStoreDB adapter against a server that accepts and never answers', () => {
  it.each<[string, (store: EventStoreDbEventStore) => Promise<unknown>]>([
    ['headPosition', (store: EventStoreDbEventStore) => store.headPosition()],
    ['readStream', (store: EventStoreDbEventStore) => store.readStream('subject-1')],
    ['readAll', (store: EventStoreDbEventStore) => store.readAll(0, 10)],
    ['verify', (store: EventStoreDbEventStore) => store.verify()],
    ['countAfter', (store: EventStoreDbEventStore) => store.countAfter(0, 10)],
    ['lastImported', (store: EventStoreDbEventStore) => store.lastImported()],
    ['append', (store: EventStoreDbEventStore) => store.append({
      stream: 'subject-1', events: [{ type: 'ThingHappened', data: { n: 1 } }], expected: 'any', metadata: testMetadata(),
    })],
  ])('%s fails with EventStoreUnavailable within its deadline, naming the server and what to check', async (_name, call) => {
    const server = await silentServer();
    const store = new EventStoreDbEventStore({ url: server.url(DEADLINE_MS), schemas: thingSchemas() });
    try {
      const error = await failsWithin(() => call(store), 5_000);
      expect(error).toBeInstanceOf(EventStoreUnavailable);
      expect((error as EventStoreUnavailable).code).toBe('EVENT_STORE_UNAVAILABLE');
      expect((error as Error).message).toContain('127.0.0.1:');
      expect((error as Error).message).toContain('EVENTSTORE_URL');
    } finally {
      await Promise.race([store.close(), new Promise((resolve) => setTimeout(resolve, 1000))]);
      await server.close();
    }
  }, 10_000);
});
