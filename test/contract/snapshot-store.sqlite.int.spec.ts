import { join } from 'node:path';
import { SqliteSnapshotStore } from '../../src/commands/snapshots/sqlite/sqlite-snapshot-store.js';
import { ViewStoreSnapshotStore } from '../../src/commands/snapshots/view-store/view-store-snapshot-store.js';
import { SqliteViewStore } from '../../src/view-store/sqlite/sqlite-view-store.js';
import { tempDir } from '../support/temp-dir.js';
import { snapshotStoreContract } from './snapshot-store.contract.js';

// The embedded default: DATA_DIR/snapshots.sqlite.
snapshotStoreContract('sqlite', async () => {
  const dir = tempDir();
  const file = join(dir.path, 'snapshots.sqlite');
  return { open: async () => new SqliteSnapshotStore(file), dispose: async () => dir.remove() };
});

// The MongoDB deployment's adapter sits on the view store port: run here on the SQLite view store, so its code runs without a server.
snapshotStoreContract('view store port, on the SQLite view store', async () => {
  const dir = tempDir();
  const file = join(dir.path, 'views.sqlite');
  return { open: async () => new ViewStoreSnapshotStore(new SqliteViewStore(file), true), dispose: async () => dir.remove() };
});
