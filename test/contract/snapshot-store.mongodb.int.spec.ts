import { ViewStoreSnapshotStore } from '../../src/commands/snapshots/view-store/view-store-snapshot-store.js';
import { MongoViewStore } from '../../src/view-store/mongodb/mongodb-view-store.js';
import { describeIf } from '../support/describe-if.js';
import { mongoHarness } from '../support/mongodb-database.js';
import { snapshotStoreContract } from './snapshot-store.contract.js';

// Runs only against a real server: MONGODB_URL=mongodb://localhost:27017/?replicaSet=rs0 (docker-compose.yml).
const url = process.env.MONGODB_URL ?? '';
if (!url) console.log('[mongodb] snapshot store contract suite SKIPPED: MONGODB_URL is not set (no MongoDB server on this machine)');

/** A fresh database per harness, dropped when the test ends. */
const harness = (transactions: boolean) =>
  mongoHarness(url, 'credit_ledger_snapshots', async (database) => new ViewStoreSnapshotStore(await MongoViewStore.connect({ url, database, transactions }), true));

describeIf(url !== '')('MongoDB snapshot store (MONGODB_URL)', () => {
  snapshotStoreContract('mongodb', harness(true));
  snapshotStoreContract('mongodb, transactions: false', harness(false));
});
