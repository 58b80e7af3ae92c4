import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config.js';
import { domainEventSchemas } from '../event-store/domain-event-schemas.js';
import type { EventSchemaRegistry } from '../event-store/schema-registry.js';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store.js';
import { SqliteViewStore } from '../view-store/sqlite/sqlite-view-store.js';
import { CliFailure } from './cli-errors.js';

export const eventLogFile = (config: AppConfig) => join(config.dataDir, 'events.sqlite');
export const viewsFile = (config: AppConfig) => join(config.dataDir, 'views.sqlite');

/**
 * The service's event log, opened directly (no Nest). A missing file is refused rather than
 * created: a mistyped DATA_DIR must not look like an empty, intact log.
 */
export function openEventLog(config: AppConfig, schemas: EventSchemaRegistry = domainEventSchemas()): SqliteEventStore {
  const file = eventLogFile(config);
  if (!existsSync(file)) throw new CliFailure('NO_EVENT_LOG', `no event log at ${file} (is DATA_DIR right?)`);
  return new SqliteEventStore({ file, schemas, synchronous: config.sqliteSynchronous });
}

export function openViews(config: AppConfig): SqliteViewStore {
  // Views are derived from the log: after a power loss they may be a few batches behind, views and
  // checkpoints together (WAL keeps them consistent), and the runner replays the rest. No fsync per batch.
  return new SqliteViewStore(viewsFile(config));
}
