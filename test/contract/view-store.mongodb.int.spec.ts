import { MongoClient } from 'mongodb';
import { clientOptions } from '../../src/view-store/mongodb/mapping/connection.js';
import { MongoViewStore } from '../../src/view-store/mongodb/mongodb-view-store.js';
import { describeIf } from '../support/describe-if.js';
import { viewStoreContract, type ViewStoreHarness } from './view-store.contract.js';

// Runs only against a real server: MONGODB_URL=mongodb://localhost:27017/?replicaSet=rs0 (docker-compose.yml).
const url = process.env.MONGODB_URL ?? '';
if (!url) console.log('[mongodb] view store contract suite SKIPPED: MONGODB_URL is not set (no MongoDB server on this machine)');

let databases = 0;

/** A fresh database per harness (this process's id and a counter), dropped when the test ends. */
function harness(transactions: boolean): () => Promise<ViewStoreHarness> {
  return async () => {
    databases += 1;
    const database = `credit_ledger_contract_${process.pid}_${databases}`;
    return {
      open: async () => MongoViewStore.connect({ url, database, transactions }),
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

describeIf(url !== '')('MongoDB view store (MONGODB_URL)', () => {
  // A replica set: every commit is one transaction.
  viewStoreContract('mongodb', harness(true));
  // The mode for deployments without transactions: ordered writes, replay made safe by `_position`.
  viewStoreContract('mongodb, transactions: false', harness(false));
});
