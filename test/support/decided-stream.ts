import type { DomainEvent } from '../../domain/kernel/event.js';
import type { EventStore } from '../../src/event-store/event-store.port.js';
import type { JsonObject } from '../../src/shared/json.js';
import { testMetadata } from './metadata.js';

/**
 * Appends decided events to a new stream through the store port in big appends (a long stream built
 * in seconds, each event still validated, chained and hashed by the store).
 */
export async function appendDecided(store: EventStore, stream: string, events: readonly DomainEvent[], chunk = 1000): Promise<void> {
  for (let start = 0; start < events.length; start += chunk) {
    await store.append({
      stream,
      events: events.slice(start, start + chunk).map((event) => ({ type: event.type, data: event.data as unknown as JsonObject })),
      expected: start === 0 ? 'no_stream' : start - 1,
      metadata: testMetadata({ commandType: 'SeedLongStream' }),
    });
  }
}
