import { describe, it, expect } from '@jest/globals';
import { EventEmitter } from 'node:events';
import { UnavailableError, type EventStoreDBClient } from '@eventstore/db-client';
import { AppendSignal } from '../../../../src/event-store/append-signal.js';
import type { StoredEvent } from '../../../../src/event-store/event-store.port.js';
import { backoffDelay, esdbSubscription } from '../../../../src/event-store/eventstoredb/esdb-subscription.js';
import { StreamNames } from '../../../../src/event-store/eventstoredb/mapping/stream-names.js';

const event = (position: number) => ({ position, stream: 'thing-1', revision: position } as unknown as StoredEvent);

/** A stand-in for the client's live $all subscription: it never delivers, only unsubscribes. */
const fakeClient = {
  subscribeToAll: () => Object.assign(new EventEmitter(), { unsubscribe: async () => undefined }),
} as unknown as EventStoreDBClient;

describe('catch-up subscription over $all', () => {
  it('backs off exponentially up to a ceiling', () => {
    const backoff = { first: 100, max: 1000 };
    expect([1, 2, 3, 4, 5, 9].map((n) => backoffDelay(n, backoff))).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it('resumes after dropped connections from the last delivered position: no gap, no duplicate', async () => {
    const log = [10, 20, 30, 40, 50].map(event);
    const calls: number[] = [];
    let failuresLeft = 2;
    const source = {
      async readAll(after: number, limit: number): Promise<StoredEvent[]> {
        calls.push(after);
        if (after === 20 && failuresLeft > 0) {
          failuresLeft -= 1;
          throw new UnavailableError(undefined, '14 UNAVAILABLE: connection dropped');
        }
        // A server read from a position may include the event at it: the subscription must drop it.
        return log.filter((e) => e.position >= after).slice(0, limit);
      },
    };
    const subscription = esdbSubscription(source, { client: fakeClient, names: new StreamNames() }, new AppendSignal(), 0, {
      batchSize: 2, pollMs: 10, backoffMs: { first: 1, max: 5 },
    });
    const seen: number[] = [];
    for await (const batch of subscription) {
      seen.push(...batch.map((e) => e.position));
      if (seen.length >= 5) break;
    }
    subscription.close();
    expect(seen).toEqual([10, 20, 30, 40, 50]);
    expect(calls.filter((after) => after === 20)).toHaveLength(3);
  });

  it('ends with the error when it is not a connection problem', async () => {
    const source = { readAll: async (): Promise<StoredEvent[]> => { throw new TypeError('malformed'); } };
    const subscription = esdbSubscription(source, { client: fakeClient, names: new StreamNames() }, new AppendSignal(), 0, {
      batchSize: 2, pollMs: 10, backoffMs: { first: 1, max: 5 },
    });
    const iterate = async () => {
      for await (const _batch of subscription) { /* nothing arrives */ }
    };
    await expect(iterate()).rejects.toBeInstanceOf(TypeError);
  });
});
