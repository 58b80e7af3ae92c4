import { join } from 'node:path';
import { type AppConfig } from '../config/app-config.js';
import { ConfigError } from '../config/config-error.js';
import type { EventStore } from '../event-store/event-store.port.js';
import { EventStoreDbEventStore } from '../event-store/eventstoredb/eventstoredb-event-store.js';
import type { EventSchemaRegistry } from '../event-store/schema-registry.js';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store.js';
import type { Clock } from '../shared/clock.js';
import { MongoViewStore } from '../view-store/mongodb/mongodb-view-store.js';
import { SqliteViewStore } from '../view-store/sqlite/sqlite-view-store.js';
import type { ViewStore } from '../view-store/view-store.port.js';

/** The embedded log's file under DATA_DIR (also what the CLI opens). */
export const sqliteEventLogFile = (config: AppConfig): string => join(config.dataDir, 'events.sqlite');
export const sqliteViewsFile = (config: AppConfig): string => join(config.dataDir, 'views.sqlite');

/**
 * The event store the configuration names (EVENT_STORE_ENGINE): the embedded SQLite file by
 * default, EventStoreDB/KurrentDB at EVENTSTORE_URL otherwise. loadConfig already refused an
 * engine without its URL; the check here keeps a hand-built config honest too.
 */
export async function createEventStore(config: AppConfig, schemas: EventSchemaRegistry, clock: Clock): Promise<EventStore> {
  switch (config.eventStoreEngine) {
    case 'sqlite':
      return new SqliteEventStore({ file: sqliteEventLogFile(config), schemas, clock, synchronous: config.sqliteSynchronous, writerThread: config.sqliteWriterThread });
    case 'eventstoredb': {
      if (config.eventStoreUrl === undefined) throw new ConfigError('EVENTSTORE_URL', 'is required when EVENT_STORE_ENGINE=eventstoredb');
      const store = new EventStoreDbEventStore({
        url: config.eventStoreUrl, schemas, clock,
        ...(config.eventStoreAppendDeadlineMs !== undefined ? { appendDeadlineMs: config.eventStoreAppendDeadlineMs } : {}),
        ...(config.eventStoreMaxAppendBytes !== undefined ? { maxAppendBytes: config.eventStoreMaxAppendBytes } : {}),
      });
      // The client connects lazily: ask for the head now so a down server stops the start with its clear message.
      try {
        await store.headPosition();
      } catch (error) {
        await store.close().catch(() => undefined);
        throw error;
      }
      return store;
    }
    default:
      return unknownEngine('EVENT_STORE_ENGINE', config.eventStoreEngine);
  }
}

/** The view store the configuration names (VIEW_STORE_ENGINE): SQLite by default, MongoDB at MONGODB_URL otherwise. */
export async function createViewStore(config: AppConfig): Promise<ViewStore> {
  switch (config.viewStoreEngine) {
    case 'sqlite':
      // Views are derived from the log: after a power loss they may be a few batches behind, views and
      // checkpoints together (WAL keeps them consistent), and the runner replays the rest. No fsync per batch.
      return new SqliteViewStore(sqliteViewsFile(config));
    case 'mongodb':
      if (config.mongodbUrl === undefined) throw new ConfigError('MONGODB_URL', 'is required when VIEW_STORE_ENGINE=mongodb');
      // MONGODB_TRANSACTIONS (default true, a replica set): each projection batch and its checkpoint in one
      // transaction; false: writes guarded by the last applied position (src/view-store/mongodb/README.md).
      return MongoViewStore.connect({ url: config.mongodbUrl, transactions: config.mongodbTransactions, maxTimeMS: config.mongodbMaxTimeMs });
    default:
      return unknownEngine('VIEW_STORE_ENGINE', config.viewStoreEngine);
  }
}

function unknownEngine(variable: string, engine: never): never {
  throw new ConfigError(variable, `unknown engine "${String(engine)}"`);
}
