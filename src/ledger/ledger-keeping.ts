import type { AppConfig } from '../config/app-config.js';
import { AsStoredSchemas } from '../event-store/as-stored-schemas.js';
import type { EventStore } from '../event-store/event-store.port.js';
import { FollowedLedger } from './followed/followed-ledger.js';
import { LedgerFollower } from './followed/ledger-follower.js';
import { ledgerOf, type Ledger } from '../event-store/ledger/ledger.port.js';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store.js';
import type { Clock } from '../shared/clock.js';
import { createEventStore, sqliteEventLogFile } from '../storage/engines.js';
import type { ViewStore } from '../view-store/view-store.port.js';

/** Who keeps the ledger: the event store's own tree, or a FollowedLedger with its follower and the as-stored reader it owns. */
export interface LedgerKeeping {
  readonly ledger: Ledger;
  /** Null where the event store keeps the tree itself. */
  readonly follower: LedgerFollower | null;
  close(): Promise<void>;
}

/**
 * The ledger of the configured engines (issue 13, both engines): the SQLite store keeps its tree in
 * the append transaction; on EventStoreDB (or with LEDGER_KEPT_BY=service) the service keeps a
 * FollowedLedger in the view store, reading the log through a second connection that serves events
 * as stored (AsStoredSchemas): leaves cover the stored bytes, never an upcast shape.
 */
export async function keepLedger(store: EventStore, views: ViewStore, config: AppConfig, clock: Clock): Promise<LedgerKeeping> {
  const own = config.ledgerKeptBy === 'engine' ? ledgerOf(store) : null;
  if (own !== null) return { ledger: own, follower: null, close: async () => undefined };
  const asStored = await openAsStored(config, clock);
  const follower = new LedgerFollower(asStored, views);
  await follower.open();
  return { ledger: new FollowedLedger(asStored, views), follower, close: () => asStored.close() };
}

async function openAsStored(config: AppConfig, clock: Clock): Promise<EventStore> {
  // A reader of the embedded log: no tree of its own to build, no writer thread.
  if (config.eventStoreEngine === 'sqlite') return new SqliteEventStore({ file: sqliteEventLogFile(config), schemas: new AsStoredSchemas(), clock, merkleTree: false });
  return createEventStore(config, new AsStoredSchemas(), clock);
}
