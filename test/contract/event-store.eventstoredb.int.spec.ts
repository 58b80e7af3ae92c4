import { EventStoreDbEventStore } from '../../src/event-store/eventstoredb/eventstoredb-event-store.js';
import { describeIf } from '../support/describe-if.js';
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
