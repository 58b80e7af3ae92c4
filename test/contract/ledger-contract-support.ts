import { join } from 'node:path';
import type { EventStore, StoredEvent } from '../../src/event-store/event-store.port.js';
import type { Ledger } from '../../src/event-store/ledger/ledger.port.js';
import { EventSchemaRegistry } from '../../src/event-store/schema-registry.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { testMetadata } from '../support/metadata.js';
import { tempDir } from '../support/temp-dir.js';

/** A ledger as a harness opens it over its log. */
export interface OpenedLedger {
  readonly ledger: Ledger;
  /** Brings the tree up to the log: the follower's catch-up (nothing for a store that keeps its tree in its appends). */
  catchUp(): Promise<void>;
  /** Follows one batch only (a followed ledger; absent where the tree is written with the events). */
  followOneBatch?(): Promise<number>;
  /** Stops this ledger as a crash or restart would (its tree stays in its storage). */
  close(): Promise<void>;
}

/** What each engine's test file provides for the ledger contract. */
export interface LedgerHarness {
  /** A fresh, empty log of this harness (appends go here), serving events as stored. */
  readonly events: EventStore;
  /** Prefix of the stream names (the category EventStoreDB's harness allows). */
  readonly streamPrefix: string;
  /** Opens the ledger over the harness's log; again after `close`, on the same storage (a restart). */
  open(): Promise<OpenedLedger>;
  dispose(): Promise<void>;
}

/** Appends to one of three streams, `events` events at a time. */
export type LogShape = ReadonlyArray<{ readonly stream: number; readonly events: number }>;

/** The test event types, at version 1 with no upcaster: every read is the stored shape. */
export function ledgerTestSchemas(): EventSchemaRegistry {
  return new EventSchemaRegistry().register('ThingHappened').register('OtherThingHappened');
}

let appended = 0;

/** Writes the log `shape` describes: fixed data (a running number), metadata from the test fixture. */
export async function appendLog(store: EventStore, shape: LogShape, streamPrefix: string): Promise<void> {
  for (const { stream, events } of shape) {
    const data = Array.from({ length: events }, () => ({ type: stream === 2 ? 'OtherThingHappened' : 'ThingHappened', data: { n: (appended += 1), note: `event ${appended}` } }));
    await store.append({ stream: `${streamPrefix}-${stream}`, events: data, expected: 'any', metadata: testMetadata() });
  }
}

/** The same events imported into a fresh embedded SQLite store, which builds its own tree in the import transaction. */
export async function ownTreeOf(events: readonly StoredEvent[]): Promise<{ readonly ledger: Ledger; close(): Promise<void> }> {
  const dir = tempDir('ledger-own-tree-');
  const store = new SqliteEventStore({ file: join(dir.path, 'events.sqlite'), schemas: ledgerTestSchemas() });
  await store.importEvents(events);
  return {
    ledger: store.ledger(),
    close: async () => {
      await store.close();
      dir.remove();
    },
  };
}
