import type { AppendRequest, ExpectedRevision } from '../../../../src/event-store/event-store.port.js';
import { EventSchemaRegistry } from '../../../../src/event-store/schema-registry.js';
import type { AppendContext } from '../../../../src/event-store/eventstoredb/esdb-append.js';
import { StreamNames } from '../../../../src/event-store/eventstoredb/mapping/stream-names.js';
import { ManualClock } from '../../../support/clocks.js';
import { testMetadata } from '../../../support/metadata.js';
import { FakeEsdb } from './fake-esdb-client.js';

export const STREAM = 'subject-1';

/**
 * The adapter's append context over the fault-injecting fake (fake-esdb-client.ts: no server runs
 * here). The read deadline is short and the append deadline apart from it, as in production.
 */
export function fakeContext(overrides: Partial<AppendContext> = {}): { esdb: FakeEsdb; ctx: AppendContext } {
  const esdb = new FakeEsdb();
  const ctx: AppendContext = {
    client: esdb.client, names: new StreamNames(), target: 'fake:2113', deadlineMs: 500, appendDeadlineMs: 1000, maxAppendBytes: 1_048_576,
    schemas: new EventSchemaRegistry().register('ThingHappened'), clock: ManualClock.at('2026-03-02T09:00:00.000+08:00'),
    headPosition: async () => esdb.head(),
    ...overrides,
  };
  return { esdb, ctx };
}

/** Two events for STREAM, with an idempotency key when one is given. */
export function twoEvents(expected: ExpectedRevision = 'any', key?: string): AppendRequest {
  return {
    stream: STREAM, expected, metadata: testMetadata(),
    ...(key ? { idempotency: { key, fingerprint: 'fp-1' } } : {}),
    events: [{ type: 'ThingHappened', data: { n: 1 } }, { type: 'ThingHappened', data: { n: 2 } }],
  };
}
