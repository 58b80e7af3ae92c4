import { MongoViewStore } from '../../src/view-store/mongodb/mongodb-view-store.js';
import { describeIf } from '../support/describe-if.js';
import { mongoHarness } from '../support/mongodb-database.js';
import { viewStoreContract, type ViewStoreHarness } from './view-store.contract.js';

// Runs only against a real server: MONGODB_URL=mongodb://localhost:27017/?replicaSet=rs0 (docker-compose.yml).
const url = process.env.MONGODB_URL ?? '';
if (!url) console.log('[mongodb] view store contract suite SKIPPED: MONGODB_URL is not set (no MongoDB server on this machine)');

/** A fresh database per harness, dropped when the test ends. */
const harness = (transactions: boolean): (() => Promise<ViewStoreHarness>) =>
  mongoHarness(url, 'credit_ledger_contract', (database) => MongoViewStore.connect({ url, database, transactions }));

describeIf(url !== '')('MongoDB view store (MONGODB_URL)', () => {
  // A replica set: every commit is one transaction.
  viewStoreContract('mongodb', harness(true));
  // The mode for deployments without transactions: ordered writes, replay made safe by `_position`.
  viewStoreContract('mongodb, transactions: false', harness(false));
});
