import { join } from 'node:path';
import type { AppConfig } from '../../config/app-config.js';
import type { ViewStore } from '../../view-store/view-store.port.js';
import { SqliteSnapshotStore } from './sqlite/sqlite-snapshot-store.js';
import type { SnapshotStore } from './snapshot-store.port.js';
import { ViewStoreSnapshotStore } from './view-store/view-store-snapshot-store.js';

export const sqliteSnapshotsFile = (config: AppConfig): string => join(config.dataDir, 'snapshots.sqlite');

/**
 * Where snapshots go: none with SNAPSHOT_EVERY=0; beside the views in MongoDB when the views are
 * there (VIEW_STORE_ENGINE=mongodb, shared by the service's instances); else their own SQLite file.
 */
export function createSnapshotStore(config: AppConfig, views: ViewStore): SnapshotStore | null {
  if (config.snapshotEvery === 0) return null;
  return config.viewStoreEngine === 'mongodb' ? new ViewStoreSnapshotStore(views) : new SqliteSnapshotStore(sqliteSnapshotsFile(config));
}
