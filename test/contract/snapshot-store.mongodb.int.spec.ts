import { MongoClient } from 'mongodb';
import { ViewStoreSnapshotStore } from '../../src/commands/snapshots/view-store/view-store-snapshot-store.js';
import { clientOptions } from '../../src/view-store/mongodb/mapping/connection.js';
import { MongoViewStore } from '../../src/view-store/mongodb/mongodb-view-store.js';
import { describeIf } from '../support/describe-if.js';
import { snapshotStoreContract } from './snapshot-store.contract.js';

// Runs only against a real server: MONGODB_URL=mongodb://localhost:27017/?replicaSet=rs0 (docker-compose.yml).
const url = process.env.MONGODB_URL ?? '';
if (!url) console.log('[mongodb] snapshot store contract suite SKIPPED: MONGODB_URL is not set (no MongoDB server on this machine)');

let databases = 0;

/** A fresh database per harness (this process's id and a counter), dropped when the test ends. */
function harness(transactions: boolean) {
  return async () => {
    databases += 1;
    const database = `credit_ledger_snapshots_${process.pid}_${databases}`;
    return {
      open: async () => new ViewStoreSnapshotStore(await MongoViewStore.connect({ url, database, transactions }), true),
      dispose: async () => {
        const client = new MongoClient(url, clientOptions(url).options);
        try {
          await client.db(database).dropDatabase();
        } finally {
          await client.close();
        }
      },
    };
  };
}

describeIf(url !== '')('MongoDB snapshot store (MONGODB_URL)', () => {
  snapshotStoreContract('mongodb', harness(true));
  snapshotStoreContract('mongodb, transactions: false', harness(false));
});
