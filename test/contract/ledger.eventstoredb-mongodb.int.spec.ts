import { EventStoreDbEventStore } from '../../src/event-store/eventstoredb/eventstoredb-event-store.js';
import { FollowedLedger } from '../../src/ledger/followed/followed-ledger.js';
import { LedgerFollower } from '../../src/ledger/followed/ledger-follower.js';
import { MongoViewStore } from '../../src/view-store/mongodb/mongodb-view-store.js';
import { ManualClock } from '../support/clocks.js';
import { describeIf } from '../support/describe-if.js';
import { mongoHarness } from '../support/mongodb-database.js';
import { ledgerContract } from './ledger.contract.js';
import { ledgerTestSchemas } from './ledger-contract-support.js';

// Runs only against real servers: EVENTSTORE_URL=esdb://localhost:2113?tls=false and
// MONGODB_URL=mongodb://localhost:27017/?replicaSet=rs0 (docker-compose.yml).
const eventStoreUrl = process.env.EVENTSTORE_URL ?? '';
const mongodbUrl = process.env.MONGODB_URL ?? '';
const runs = eventStoreUrl !== '' && mongodbUrl !== '';
if (!runs) console.log('[eventstoredb + mongodb] ledger contract suite SKIPPED: EVENTSTORE_URL and MONGODB_URL are not both set (no EventStoreDB or MongoDB server on this machine)');

let harnesses = 0;

describeIf(runs)('FollowedLedger over EventStoreDB and MongoDB (EVENTSTORE_URL, MONGODB_URL)', () => {
  // What the service does on EventStoreDB: the tree followed over $all order into MongoDB; batches of 4.
  ledgerContract('followed: eventstoredb events + mongodb views', async () => {
    // Each harness's streams under a prefix of their own, so the log it reads holds only its events.
    const namespace = `ledger${process.pid.toString(36)}${Date.now().toString(36)}n${(harnesses += 1)}.`;
    const events = new EventStoreDbEventStore({ url: eventStoreUrl, schemas: ledgerTestSchemas(), clock: ManualClock.at('2026-12-07T02:00:00Z'), namespace, categories: ['thing'] });
    const database = await mongoHarness(mongodbUrl, 'credit_ledger_ledger_contract', (name) => Promise.resolve(name))();
    const name = await database.open();
    return {
      events,
      streamPrefix: 'thing',
      open: async () => {
        const views = await MongoViewStore.connect({ url: mongodbUrl, database: name, transactions: true });
        const follower = new LedgerFollower(events, views, 4);
        await follower.open();
        return {
          ledger: new FollowedLedger(events, views),
          catchUp: async () => void (await follower.catchUp()),
          followOneBatch: () => follower.step(),
          close: () => views.close(),
        };
      },
      dispose: async () => {
        await events.close();
        await database.dispose();
      },
    };
  }, { runs: 4 });
});
