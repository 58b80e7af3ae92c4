import { join } from 'node:path';
import { SqliteViewStore } from '../../src/view-store/sqlite/sqlite-view-store.js';
import { tempDir } from '../support/temp-dir.js';
import { viewStoreContract } from './view-store.contract.js';

viewStoreContract('sqlite', async () => {
  const dir = tempDir();
  const file = join(dir.path, 'views.sqlite');
  return { open: async () => new SqliteViewStore(file), dispose: async () => dir.remove() };
});
