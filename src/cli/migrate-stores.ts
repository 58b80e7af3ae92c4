import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type AppConfig } from '../config/app-config.js';
import { ConfigError } from '../config/config-error.js';
import { AsStoredSchemas } from '../event-store/as-stored-schemas.js';
import { domainEventSchemas } from '../event-store/domain-event-schemas.js';
import type { EventImporter } from '../event-store/event-importer.js';
import type { EventStore } from '../event-store/event-store.port.js';
import { EventStoreDbEventStore } from '../event-store/eventstoredb/eventstoredb-event-store.js';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store.js';
import { lockDataDir, type DataDirLock } from '../storage/data-dir-lock.js';
import { CliFailure, UsageError } from './cli-errors.js';
import { eventLogFile } from './stores.js';

export type MigrationTarget = { readonly kind: 'sqlite'; readonly dir: string } | { readonly kind: 'eventstore' };

/**
 * The service's SQLite log under DATA_DIR, read as stored (a migration copies bytes of meaning, not
 * today's reading of them: an upcast event would no longer match its hash, and the target upcasts on
 * read anyway); a missing file is refused, never created.
 */
export function openMigrationSource(config: AppConfig): SqliteEventStore {
  const file = eventLogFile(config);
  if (!existsSync(file)) throw new CliFailure('NO_EVENT_LOG', `no event log at ${file} (is DATA_DIR right?)`);
  return new SqliteEventStore({ file, schemas: new AsStoredSchemas(), synchronous: config.sqliteSynchronous });
}

/**
 * A SQLite target is the DATA_DIR of the service to be started on it: held with the same lock the
 * service takes, so a migration never writes under a running service (exit 78 naming the holder).
 */
export function lockMigrationTarget(config: AppConfig, target: MigrationTarget): DataDirLock | null {
  if (target.kind !== 'sqlite') return null;
  const dir = resolve(target.dir);
  if (dir === resolve(config.dataDir)) throw new UsageError('migrate: --target-dir must not be DATA_DIR (the source log)');
  mkdirSync(dir, { recursive: true });
  return lockDataDir(dir, 'npm run cli -- migrate (writing its target)');
}

/** Where the log goes: a second SQLite file (created if missing) or the EventStoreDB at EVENTSTORE_URL. */
export function openMigrationTarget(config: AppConfig, target: MigrationTarget): { store: EventStore & EventImporter; describe: string } {
  if (target.kind === 'sqlite') {
    const file = join(resolve(target.dir), 'events.sqlite');
    if (file === resolve(eventLogFile(config))) throw new UsageError('migrate: --target-dir must not be DATA_DIR (the source log)');
    return { store: new SqliteEventStore({ file, schemas: domainEventSchemas(), synchronous: 'FULL' }), describe: `sqlite ${file}` };
  }
  if (config.eventStoreUrl === undefined) throw new ConfigError('EVENTSTORE_URL', 'is required for migrate --to eventstore');
  const store = new EventStoreDbEventStore({ url: config.eventStoreUrl, schemas: domainEventSchemas() });
  return { store, describe: 'eventstore at EVENTSTORE_URL' };
}
